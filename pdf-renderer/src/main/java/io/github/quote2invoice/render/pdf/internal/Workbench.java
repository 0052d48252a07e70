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
 * What one document at a time needs and the next can reuse: the parsed fonts, an XHTML parser and
 * the parsed style sheets. {@link PdfPipeline} keeps a pool of them, one per thread rendering at
 * once; building one costs more than a page (fonts are parsed, parser classes set up).
 */
final class Workbench {
    /** Elements whose whitespace-only text CSS never shows. */
    private static final Set<String> STRUCTURAL = Set.of("html", "head", "table", "thead", "tbody", "tfoot", "tr", "colgroup");

    final FontLibrary.FontSet fonts;
    final ParsedStyles styles = new ParsedStyles();
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
            dropStructuralWhitespace(dom.getDocumentElement());
            return dom;
        } finally {
            parser.reset();
        }
    }

    /**
     * Removes the whitespace-only text between the rows and cells of tables (and in {@code html} and
     * {@code head}), the template's indentation: CSS ignores it there (CSS 2.1, 17.2.1), but
     * openhtmltopdf still walks and measures it, a few hundred nodes in a page of lines.
     */
    private static void dropStructuralWhitespace(Element element) {
        boolean structural = STRUCTURAL.contains(element.getLocalName());
        Node child = element.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child instanceof Element e) {
                dropStructuralWhitespace(e);
            } else if (structural && child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().isBlank()) {
                element.removeChild(child);
            }
            child = next;
        }
    }
}
