package io.github.quote2invoice.einvoice.internal;

import io.github.quote2invoice.einvoice.EInvoiceException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A read-only view of a DOM element for the readers: children by local name (the formats never use
 * one local name for two meanings under one parent), trimmed text, attributes, and the element's
 * path for error messages.
 */
public final class El {
    private final Element e;
    private final String path;

    /** Wraps {@code e}, known by {@code path}. */
    public El(Element e, String path) {
        this.e = e;
        this.path = path;
    }

    /** The local name. */
    public String name() {
        return e.getLocalName();
    }

    /** The namespace URI, or "" for none. */
    public String namespace() {
        return e.getNamespaceURI() == null ? "" : e.getNamespaceURI();
    }

    /** The path of this element, for messages. */
    public String path() {
        return path;
    }

    /** The children with local name {@code local}, in document order. */
    public List<El> all(String local) {
        List<El> out = new ArrayList<>();
        int i = 0;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && local.equals(c.getLocalName())) {
                out.add(new El(c, path + "/" + local + "[" + (++i) + "]"));
            }
        }
        return out;
    }

    /** The first child at the end of {@code locals}, if any. */
    public Optional<El> at(String... locals) {
        El cur = this;
        for (String l : locals) {
            List<El> c = cur.all(l);
            if (c.isEmpty()) {
                return Optional.empty();
            }
            cur = c.get(0);
        }
        return Optional.of(cur);
    }

    /** The trimmed text of the child at the end of {@code locals}; empty when absent or blank. */
    public Optional<String> text(String... locals) {
        return at(locals).map(El::text).filter(t -> !t.isEmpty());
    }

    /** The text at {@code locals}, required. */
    public String required(String... locals) {
        return text(locals).orElseThrow(() -> new EInvoiceException(EInvoiceException.INVALID_CONTENT,
                path + "/" + String.join("/", locals), "is required"));
    }

    /** This element's trimmed text. */
    public String text() {
        return e.getTextContent() == null ? "" : e.getTextContent().strip();
    }

    /** An attribute, empty when absent or blank. */
    public Optional<String> attr(String name) {
        String v = e.getAttribute(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }
}
