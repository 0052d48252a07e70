package io.github.quote2invoice.render.pdf.internal;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * openhtmltopdf's own text code (PdfBoxTextRenderer.containsCodePoint, used whenever a string has a
 * character its first font lacks: a control character, a case-mapped character) asks a Type 0 font
 * for {@link PDType0Font#getCmapLookup()} and dereferences it. A common-form font, built by
 * {@link WholeFont} with PDFBox's reading constructor, has none: that path then throws an NPE.
 */
class CommonFontCmapLookupTest {
    @Test
    void everyCommonFontAnswersOpenhtmltopdfsGlyphLookup() throws IOException {
        FontLibrary library = new FontLibrary();
        for (int face = 0; face < FontLibrary.FACE_COUNT; face++) {
            try (PDDocument doc = new PDDocument()) {
                PDType0Font font = library.commonFont(face, doc);
                assertThat(font.getCmapLookup()).as("cmap lookup of face %d", face).isNotNull();
                assertThat(font.getCmapLookup().getGlyphId('A')).as("glyph of A in face %d", face).isNotZero();
            }
        }
    }
}
