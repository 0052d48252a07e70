package io.github.quote2invoice.render.pdf.internal;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.Set;

/**
 * What one document at a time needs and the next can reuse: the parsed fonts, an XHTML parser, the
 * parsed style sheets and a deflater. {@link PdfPipeline} keeps a pool of them, one per thread rendering at
 * once; building one costs more than a page (fonts are parsed, parser classes set up).
 */
final class Workbench {
    /** Elements whose whitespace-only text CSS never shows. */
    private static final Set<String> STRUCTURAL = Set.of("html", "head", "table", "thead", "tbody", "tfoot", "tr", "colgroup");

    final FontLibrary.FontSet fonts;
    final ParsedStyles styles = new ParsedStyles();
    final StreamDeflater deflater = new StreamDeflater();
    private final DocumentBuilder parser;

    Workbench(FontLibrary fonts, DocumentBuilderFactory xml) {
        this.fonts = fonts.newSet();
        try {
            parser = xml.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK parser supports the features set", e);
        }
    }

    /** Parses {@code xhtml}; the parser is reset for the next document whatever happens. */
    Document parse(String xhtml) throws SAXException, IOException {
        try {
            parser.setErrorHandler(null);
            Document dom = parser.parse(new InputSource(new StringReader(xhtml)));
            tidy(dom.getDocumentElement());
            return dom;
        } finally {
            parser.reset();
        }
    }

    /**
     * Removes the whitespace-only text between the rows and cells of tables (and in {@code html} and
     * {@code head}), the template's indentation: CSS ignores it there (CSS 2.1, 17.2.1), but
     * openhtmltopdf still walks and measures it, a few hundred nodes in a page of lines. And puts the
     * rows written straight in a {@code table} in a {@code tbody}, as an HTML parser does (see
     * {@link UserAgentStyles}).
     */
    private static void tidy(Element element) {
        String name = element.getLocalName();
        boolean structural = STRUCTURAL.contains(name);
        Element rowGroup = null;
        Node child = element.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child instanceof Element e) {
                tidy(e);
                if ("table".equals(name)) {
                    rowGroup = "tr".equals(e.getLocalName()) ? addToRowGroup(element, rowGroup, e) : null;
                }
            } else if (structural && child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().isBlank()) {
                element.removeChild(child);
            }
            child = next;
        }
    }

    /** Moves {@code row} of {@code table} into {@code group}, or into a new {@code tbody} in its place when null. */
    private static Element addToRowGroup(Element table, Element group, Element row) {
        if (group == null) {
            group = table.getOwnerDocument().createElementNS(table.getNamespaceURI(), qualified(table, "tbody"));
            table.insertBefore(group, row);
        }
        group.appendChild(row);
        return group;
    }

    /** {@code localName} with {@code element}'s prefix, if it has one. */
    private static String qualified(Element element, String localName) {
        return element.getPrefix() == null ? localName : element.getPrefix() + ":" + localName;
    }
}
