package io.github.quote2invoice.render.pdf.internal;

import com.openhtmltopdf.css.extend.StylesheetFactory;
import com.openhtmltopdf.css.parser.CSSParser;
import com.openhtmltopdf.css.sheet.Stylesheet;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.extend.NamespaceHandler;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;
import com.openhtmltopdf.util.LogMessageId;
import com.openhtmltopdf.util.XRLog;
import org.w3c.dom.Document;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;

/**
 * openhtmltopdf's XHTML handling, with the documents' {@code <style>} sheets parsed once and
 * reused: every document of a template set carries the same style sheet, and openhtmltopdf would
 * parse it again for each one. A sheet is found by its exact text and its position among the
 * document's inline sheets (its URI, {@code about:blank#inline_style_N}, is part of the parse),
 * so a template that writes a different sheet gets its own parse.
 *
 * <p>Used by one document at a time (see {@link Workbench}); a parsed sheet is only read by the
 * layout, as openhtmltopdf does with its own built-in sheet.
 */
final class ParsedStyles {
    /** Bounds the memory a template that varies its style sheet per document can take. */
    private static final int MAX_SHEETS = 16;

    private final Map<String, Stylesheet> sheets = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Stylesheet> eldest) {
            return size() > MAX_SHEETS;
        }
    };
    private final CSSParser parser = cssParser();

    /** A CSS parser that reports problems as openhtmltopdf's own style sheet factory does. */
    static CSSParser cssParser() {
        return new CSSParser((uri, message) ->
                XRLog.log(Level.WARNING, LogMessageId.LogMessageId2Param.CSS_PARSE_GENERIC_MESSAGE, uri, message));
    }

    /**
     * openhtmltopdf's XHTML handler for one document, handing over the parsed sheets and the
     * user-agent sheet of {@link UserAgentStyles}. A new one per document: the handler remembers
     * things about the document it reads.
     */
    NamespaceHandler handler() {
        return new XhtmlNamespaceHandler() {
            @Override
            public StylesheetInfo getDefaultStylesheet(StylesheetFactory factory) {
                StylesheetInfo sheet = UserAgentStyles.sheet();
                return sheet != null ? sheet : super.getDefaultStylesheet(factory);
            }

            @Override
            public StylesheetInfo[] getStylesheets(Document doc) {
                StylesheetInfo[] infos = super.getStylesheets(doc);
                int inline = 0;
                for (int i = 0; i < infos.length; i++) {
                    if (infos[i].isInline()) {
                        inline++;
                        infos[i] = parsed(infos[i], PdfPipeline.BASE_URI + "#inline_style_" + inline);
                    }
                }
                return infos;
            }
        };
    }

    /** A non-inline copy of {@code info} that carries its parsed sheet, so openhtmltopdf does not parse it. */
    private StylesheetInfo parsed(StylesheetInfo info, String uri) {
        String key = uri + '\n' + info.getOrigin() + '\n' + info.getContent();
        Stylesheet sheet = sheets.get(key);
        if (sheet == null) {
            try {
                sheet = parser.parseStylesheet(uri, info.getOrigin(), new StringReader(info.getContent()));
            } catch (IOException e) {
                throw new UncheckedIOException("a string cannot fail to read", e);
            }
            sheets.put(key, sheet);
        }
        StylesheetInfo copy = new StylesheetInfo();
        copy.setUri(uri);
        copy.setOrigin(info.getOrigin());
        copy.setType(info.getType());
        copy.setTitle(info.getTitle());
        copy.getMedia().clear();
        info.getMedia().forEach(copy::addMedium);
        copy.setStylesheet(sheet);
        return copy;
    }
}
