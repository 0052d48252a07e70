package io.github.quote2invoice.render.pdf.internal;

import com.openhtmltopdf.css.newmatch.Selector;
import com.openhtmltopdf.css.sheet.MediaRule;
import com.openhtmltopdf.css.sheet.PageRule;
import com.openhtmltopdf.css.sheet.Ruleset;
import com.openhtmltopdf.css.sheet.Stylesheet;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * openhtmltopdf's user-agent style sheet without its one rule for rows written straight in a table,
 * {@code table > tr { vertical-align: middle }}; {@link Workbench} puts such rows in a {@code tbody}
 * instead, as an HTML parser does, and the sheet's {@code tbody { vertical-align: middle }} gives them
 * the same alignment. Every other rule is kept, in the same order.
 *
 * <p>Why: openhtmltopdf matches the elements below one that starts a selector with a child or
 * descendant part against an index of all the rules that it builds again for that element. Every
 * {@code table} starts {@code table > tr}, so a page of nine tables built the index of 230 rules
 * nineteen times, about a twentieth of the page's time.
 *
 * <p>Parsed once, from openhtmltopdf's own file, into objects of its own: openhtmltopdf numbers the
 * rules of the sheets of each document it lays out in place, so a sheet is not shared with a renderer
 * that numbers them differently. If a later openhtmltopdf words the rule differently, the sheet is kept
 * whole (rows still get a {@code tbody}, so pages look the same; only the saving is gone, and
 * {@code UserAgentStylesTest} fails to say so). Not API.
 */
final class UserAgentStyles {
    /** The rule left out, as openhtmltopdf writes selectors back as text. */
    static final String ROWS_IN_TABLE = "table > tr";
    /** Where openhtmltopdf keeps its user-agent sheet. */
    private static final String RESOURCE = "/resources/css/XhtmlNamespaceHandler.css";

    private UserAgentStyles() {
    }

    /** The sheet, parsed on first use; null when openhtmltopdf's file cannot be read (openhtmltopdf's own is used then). */
    static StylesheetInfo sheet() {
        return Holder.SHEET;
    }

    /** Whether the parsed sheet left {@link #ROWS_IN_TABLE} out. */
    static boolean leftOutRowsInTable() {
        return Holder.LEFT_OUT;
    }

    private static final class Holder {
        static final StylesheetInfo SHEET;
        static final boolean LEFT_OUT;

        static {
            StylesheetInfo info = null;
            boolean leftOut = false;
            try (InputStream in = XhtmlNamespaceHandler.class.getResourceAsStream(RESOURCE)) {
                if (in != null) {
                    info = new StylesheetInfo();
                    info.setUri("classpath:" + RESOURCE);
                    info.setOrigin(StylesheetInfo.USER_AGENT);
                    info.setMedia("all");
                    info.setType("text/css");
                    Stylesheet parsed;
                    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                        parsed = ParsedStyles.cssParser().parseStylesheet(info.getUri(), StylesheetInfo.USER_AGENT, reader);
                    }
                    Stylesheet kept = new Stylesheet(parsed.getURI(), parsed.getOrigin());
                    for (Object item : parsed.getContents()) {
                        if (item instanceof Ruleset r && isRowsInTable(r)) {
                            leftOut = true;
                        } else {
                            add(kept, item);
                        }
                    }
                    parsed.getImportRules().forEach(kept::addImportRule);
                    parsed.getFontFaceRules().forEach(kept::addFontFaceRule);
                    info.setStylesheet(kept);
                }
            } catch (IOException | RuntimeException e) {
                info = null;
                leftOut = false;
            }
            SHEET = info;
            LEFT_OUT = info != null && leftOut;
        }

        private static boolean isRowsInTable(Ruleset r) {
            if (r.getFSSelectors().size() != 1) {
                return false;
            }
            StringBuilder css = new StringBuilder();
            r.getFSSelectors().get(0).toCSS(css, Set.<Selector>of());
            return css.toString().trim().equals(ROWS_IN_TABLE);
        }

        private static void add(Stylesheet sheet, Object item) {
            if (item instanceof Ruleset r) {
                sheet.addContent(r);
            } else if (item instanceof MediaRule m) {
                sheet.addContent(m);
            } else if (item instanceof PageRule p) {
                sheet.addContent(p);
            } else {
                throw new IllegalStateException("unknown style sheet item " + item);
            }
        }
    }
}
