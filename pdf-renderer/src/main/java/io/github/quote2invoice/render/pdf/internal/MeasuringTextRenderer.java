package io.github.quote2invoice.render.pdf.internal;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.JustificationInfo;
import com.openhtmltopdf.util.OpenUtil;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * openhtmltopdf's text renderer, measuring text with the shared {@link GlyphWidths} of the
 * library's fonts instead of asking PDFBox to encode and decode every word. The result is the
 * same number, computed the same way: the sum, in text order, of each character's width in the
 * first face of the element's font list, scaled to the font size and rounded as openhtmltopdf
 * rounds, leaving out what openhtmltopdf leaves out (soft hyphens; control characters the font
 * lacks). Anything else (a character outside the Basic Multilingual Plane, a printable character
 * the first face lacks, a face that is not the library's) goes to openhtmltopdf's own code. One
 * instance per document.
 *
 * <p>Drawing: before each string, openhtmltopdf's device measures it with PDFBox only to learn
 * whether the first face can show every character (if not, it splits the string into runs of
 * fonts). When the shared widths already say so, the string goes straight to the device's own
 * drawing of a one-font string, the call it would make next: the same bytes, without encoding
 * and decoding the text once more.
 */
final class MeasuringTextRenderer extends PdfBoxTextRenderer {
    /** openhtmltopdf's tolerance before it rounds a width up ({@code PdfBoxTextRenderer}). */
    private static final float TEXT_MEASURING_DELTA = 0.01f;
    /** The length from which openhtmltopdf splits a text it cannot measure in one go ({@code PdfBoxTextRenderer}). */
    private static final int LONG_TEXT = 32;

    private final Map<PDFont, GlyphWidths> faces = new IdentityHashMap<>(8);

    /** Makes {@code font}, this document's instance of a library face, measured with {@code widths}. */
    void register(PDFont font, GlyphWidths widths) {
        faces.put(font, widths);
    }

    @Override
    public void drawString(OutputDevice outputDevice, String string, float x, float y) {
        drawString(outputDevice, string, x, y, null);
    }

    @Override
    public void drawString(OutputDevice outputDevice, String string, float x, float y, JustificationInfo info) {
        PdfBoxFSFont font = CurrentFont.of(outputDevice);
        if (font != null && !font.getFontDescriptions().isEmpty()) {
            FontDescription first = font.getFontDescriptions().get(0);
            String printable = TextRenderer.getEffectivePrintableString(string);
            if (showsAll(first.getFont(), printable)) {
                ((PdfBoxOutputDevice) outputDevice).drawStringFast(printable, x, y, info, first, font.getSize2D());
                return;
            }
        }
        ((PdfBoxOutputDevice) outputDevice).drawString(string, x, y, info);
    }

    /** Whether {@code face}, a library face, has a glyph for every character of {@code text}, by the shared widths. */
    private boolean showsAll(PDFont face, String text) {
        GlyphWidths widths = face == null ? null : faces.get(face);
        if (widths == null) {
            return false;
        }
        try {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isSurrogate(c) || widths.width(c, face) == GlyphWidths.MISSING) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        float width = measure(font, string);
        if (Float.isNaN(width)) {
            return super.getWidth(context, font, string);
        }
        if (width - Math.floor(width) < TEXT_MEASURING_DELTA) {
            return (int) width;
        }
        return (int) Math.ceil(width);
    }

    /** The unrounded width, or NaN when openhtmltopdf's own code must measure. */
    private float measure(FSFont font, String string) {
        if (!(font instanceof PdfBoxFSFont f) || string == null) {
            return Float.NaN;
        }
        List<FontDescription> descriptions = f.getFontDescriptions();
        if (descriptions == null || descriptions.isEmpty()) {
            return Float.NaN;
        }
        PDFont first = descriptions.get(0).getFont();
        GlyphWidths widths = first == null ? null : faces.get(first);
        if (widths == null) {
            return Float.NaN;
        }
        try {
            float sum = 0;
            int printed = 0;
            boolean skipped = false;
            for (int i = 0; i < string.length(); i++) {
                char c = string.charAt(i);
                if (c == '\u00AD' || c == '\uFFFC') {
                    continue; // openhtmltopdf never prints these (TextRenderer.getEffectivePrintableString)
                }
                printed++;
                if (Character.isSurrogate(c)) {
                    return Float.NaN;
                }
                float w = widths.width(c, first);
                if (w == GlyphWidths.MISSING) {
                    // openhtmltopdf leaves out a control character no font of the list has (a line
                    // feed of the template's indentation, typically); with one font, that is this one.
                    if (descriptions.size() > 1 || OpenUtil.isCodePointPrintable(c)) {
                        return Float.NaN;
                    }
                    skipped = true;
                    continue;
                }
                sum += w;
            }
            // openhtmltopdf measures a long text with a missing character in rounded thirds: let it.
            if (skipped && printed >= LONG_TEXT) {
                return Float.NaN;
            }
            return sum / 1000f * f.getSize2D();
        } catch (IOException e) {
            return Float.NaN;
        }
    }
}
