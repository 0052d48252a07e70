package io.github.quote2invoice.render.pdf.internal;

import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core forms of the fonts must be interchangeable with the full fonts for every character they
 * cover: a document laid out with either must look the same.
 */
class FontLibraryTest {
    @Test
    void coreFormsHaveTheFullFontsGlyphsWidthsAndMetricsForEveryCoreCharacter() throws IOException {
        FontLibrary.FontSet set = new FontLibrary().newSet();
        int compared = 0;
        for (int face = 0; face < FontLibrary.FACE_COUNT; face++) {
            try (PDDocument doc = new PDDocument()) {
                PDType0Font core = PDType0Font.load(doc, set.font(face, true), true);
                PDType0Font full = PDType0Font.load(doc, set.font(face, false), true);
                assertThat(metrics(core)).as("metrics of face %d", face).isEqualTo(metrics(full));
                assertThat(core.getName()).isEqualTo(full.getName());
                for (int[] range : FontLibrary.CORE_RANGES) {
                    for (int c = range[0]; c <= range[1]; c++) {
                        assertThat(width(core, c)).as("face %d, U+%04X", face, c).isEqualTo(width(full, c));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(4 * 800);
    }

    @Test
    void onlyDocumentsWhoseEveryCharacterIsCoveredUseTheCoreForms() {
        assertThat(FontLibrary.coreCovers("<p>Facture n° FA-2026 – 1 234,56 € – Łódź Ștefan « ½ » → ™ ﬁ</p>\n")).isTrue();
        assertThat(FontLibrary.coreCovers("<p>Արամ</p>")).isFalse();
        assertThat(FontLibrary.coreCovers("<p>Ωμέγα</p>")).isFalse();
        assertThat(FontLibrary.coreCovers("<p>Жук</p>")).isFalse();
        assertThat(FontLibrary.coreCovers("<p>✓</p>")).isFalse();
        assertThat(FontLibrary.coreCovers("<p>d&#39;exécution &#x2013; &#X20AC;</p>")).isTrue();
        assertThat(FontLibrary.coreCovers("<p>&#x531;</p>")).isFalse();
        assertThat(FontLibrary.coreCovers("<p>&#1329;</p>")).isFalse();
        assertThat(FontLibrary.coreCovers("<p>&#x1F600;</p>")).isFalse();
        assertThat(FontLibrary.coreCovers("<p>&#xZZ;</p>")).isFalse();
        assertThat(FontLibrary.coreCovers("<p>&#39</p>")).isFalse();
        assertThat(FontLibrary.coreCovers("<style>p::before { content: '\\2713'; }</style>")).isFalse();
        assertThat(FontLibrary.coreCovers("<style>ol { list-style-type: arabic-indic; }</style>")).isFalse();
        assertThat(FontLibrary.coreCovers("<p>😀</p>")).isFalse();
    }

    private static String width(PDType0Font font, int c) throws IOException {
        try {
            return Float.toString(font.getStringWidth(new String(Character.toChars(c))));
        } catch (IllegalArgumentException noGlyph) {
            return "none";
        }
    }

    private static String metrics(PDType0Font font) throws IOException {
        PdfBoxRawPDFontMetrics m = PdfBoxRawPDFontMetrics.fromPdfBox(font, font.getFontDescriptor());
        return m._ascent + " " + m._descent + " " + m._strikethroughOffset + " " + m._strikethroughThickness + " "
                + m._underlinePosition + " " + m._underlineThickness + " " + m._typoDescent + " " + font.getBoundingBox();
    }
}
