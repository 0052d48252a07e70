package io.github.quote2invoice.render.pdf.internal;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;

/**
 * What one document at a time needs and the next can reuse: the parsed fonts, an XHTML parser and
 * the parsed style sheets. {@link PdfPipeline} keeps a pool of them, one per thread rendering at
 * once; building one costs more than a page (fonts are parsed, parser classes set up).
 */
final class Workbench {
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
            return parser.parse(new InputSource(new StringReader(xhtml)));
        } finally {
            parser.reset();
        }
    }
}
