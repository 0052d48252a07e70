package io.github.quote2invoice.einvoice.internal;

import io.github.quote2invoice.einvoice.EInvoiceException;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;

/**
 * A thin, indenting layer over StAX for the writers: elements are opened and closed by prefix and
 * name, text leaves are written in one call, and indentation makes the output readable (and stable
 * byte for byte, which the PDF renderer's deterministic output relies on).
 *
 * <p>Not thread-safe: one instance per document.
 */
public final class XmlOut {
    /** The JDK's own StAX implementation, looked up once: no service-loader scan per document. */
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    /** Indentation strings by depth, made once (the writers indent every element). */
    private static final String[] INDENTS = new String[24];

    static {
        for (int i = 0; i < INDENTS.length; i++) {
            INDENTS[i] = "\n" + "  ".repeat(i);
        }
    }

    private final Bytes bytes = new Bytes(16 * 1024);
    private final XMLStreamWriter w;
    private final Map<String, String> namespaces;
    private final Deque<Boolean> hasChildren = new ArrayDeque<>();
    private boolean rootStarted;

    /**
     * @param namespaces prefix to namespace URI, declared on the root element in this order ("" for the default namespace)
     */
    public XmlOut(Map<String, String> namespaces) {
        this.namespaces = namespaces;
        try {
            w = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Opens element {@code prefix:name}. */
    public XmlOut start(String prefix, String name) {
        try {
            indent();
            w.writeStartElement(prefix, name, namespaces.get(prefix));
            if (!rootStarted) {
                rootStarted = true;
                for (Map.Entry<String, String> ns : namespaces.entrySet()) {
                    if (ns.getKey().isEmpty()) {
                        w.writeDefaultNamespace(ns.getValue());
                    } else {
                        w.writeNamespace(ns.getKey(), ns.getValue());
                    }
                }
            }
            hasChildren.push(Boolean.FALSE);
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Adds an attribute to the element just opened. */
    public XmlOut attr(String name, String value) {
        try {
            w.writeAttribute(name, value);
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Closes the innermost open element. */
    public XmlOut end() {
        try {
            boolean children = hasChildren.pop();
            if (children) {
                newline(hasChildren.size());
            }
            w.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Writes {@code <prefix:name>text</prefix:name>}. */
    public XmlOut leaf(String prefix, String name, String text) {
        start(prefix, name);
        return text(text).end();
    }

    /** Writes {@code <prefix:name attr="value">text</prefix:name>}. */
    public XmlOut leaf(String prefix, String name, String attr, String value, String text) {
        start(prefix, name);
        attr(attr, value);
        return text(text).end();
    }

    /**
     * Writes text in the element just opened. A carriage return is written as {@code &#13;} so that
     * it survives XML's end-of-line normalisation.
     *
     * @throws EInvoiceException {@code EINVOICE_NOT_EXPORTABLE} for a character XML 1.0 cannot hold
     *         (control characters, lone surrogates): the document would not be well-formed
     */
    public XmlOut text(String text) {
        try {
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\r') {
                    w.writeCharacters(text.substring(start, i));
                    w.writeEntityRef("#13");
                    start = i + 1;
                } else if (!allowed(text, i)) {
                    throw new EInvoiceException(EInvoiceException.NOT_EXPORTABLE, "", String.format(
                            "the text \"%s\" holds the character U+%04X, which XML 1.0 cannot carry", abbreviate(text), (int) c));
                } else if (Character.isHighSurrogate(c)) {
                    i++;
                }
            }
            w.writeCharacters(text.substring(start));
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** XML 1.0's Char production: tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD, and valid surrogate pairs. */
    private static boolean allowed(String s, int i) {
        char c = s.charAt(i);
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }

    private static String abbreviate(String t) {
        return t.length() > 40 ? t.substring(0, 40) + "..." : t;
    }

    /** Closes the document and returns its UTF-8 bytes. */
    public byte[] finish() {
        try {
            while (!hasChildren.isEmpty()) {
                end();
            }
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
            return bytes.toByteArray();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    private void indent() throws XMLStreamException {
        if (!hasChildren.isEmpty()) {
            hasChildren.pop();
            hasChildren.push(Boolean.TRUE);
        }
        newline(hasChildren.size());
    }

    private void newline(int depth) throws XMLStreamException {
        w.writeCharacters(depth < INDENTS.length ? INDENTS[depth] : "\n" + "  ".repeat(depth));
    }

    /**
     * A byte buffer without {@link ByteArrayOutputStream}'s locking: the JDK's StAX writer hands
     * UTF-8 output over one byte at a time, and one lock per byte was most of the writing time.
     */
    private static final class Bytes extends ByteArrayOutputStream {
        Bytes(int size) {
            super(size);
        }

        @Override
        public void write(int b) {
            if (count == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            Objects.checkFromIndexSize(off, len, b.length);
            if (count + len > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + len));
            }
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }
    }

    private static EInvoiceException failure(XMLStreamException e) {
        return new EInvoiceException(EInvoiceException.NOT_EXPORTABLE, "", "the XML could not be written: " + e.getMessage(), e);
    }
}
