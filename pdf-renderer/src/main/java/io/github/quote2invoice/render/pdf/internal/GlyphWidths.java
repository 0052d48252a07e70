package io.github.quote2invoice.render.pdf.internal;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.Arrays;

/**
 * The advance widths of one font face, per UTF-16 character of the Basic Multilingual Plane, in
 * PDF glyph space (thousandths of an em), learnt once and shared by every document and thread.
 *
 * <p>Why: openhtmltopdf measures every word several times while it lays a page out (table column
 * widths, line breaking) through {@link PDFont#getStringWidth}, which encodes the text to a byte
 * array, decodes it again and looks each code up in a boxed map: the largest single cost of a
 * page. A width only depends on the face, so it is asked of PDFBox once per character and read
 * from this table afterwards, giving exactly the value PDFBox would give.
 *
 * <p>Thread-safe: entries are written once with a value that never changes; a thread that does not
 * see another's write yet asks PDFBox again and writes the same value.
 */
final class GlyphWidths {
    /** Not learnt yet. */
    private static final float UNKNOWN = Float.NaN;
    /** The face has no glyph for the character. */
    static final float MISSING = Float.NEGATIVE_INFINITY;

    private final float[] widths = new float[Character.MAX_VALUE + 1];

    GlyphWidths() {
        Arrays.fill(widths, UNKNOWN);
    }

    /**
     * The width of {@code c} in {@code font} (a document's instance of this face), or
     * {@link #MISSING} when the face cannot show it.
     */
    float width(char c, PDFont font) throws IOException {
        float w = widths[c];
        if (Float.isNaN(w)) {
            try {
                w = font.getStringWidth(String.valueOf(c));
            } catch (IllegalArgumentException noGlyph) {
                w = MISSING;
            }
            widths[c] = w;
        }
        return w;
    }
}
