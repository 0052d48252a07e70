package io.github.quote2invoice.render.pdf.internal;

import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import io.github.quote2invoice.render.pdf.internal.FontLibrary.Form;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The common and core forms of the fonts must be interchangeable with the full fonts for every
 * character they cover: a document laid out with any of them must look the same.
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
                compared += compareWidths(core, full, FontLibrary.CORE_RANGES, face);
            }
        }
        assertThat(compared).isGreaterThan(4 * 800);
    }

    @Test
    void commonFormsHaveTheFullFontsGlyphsWidthsAndMetricsForEveryCommonCharacter() throws IOException {
        FontLibrary library = new FontLibrary();
        FontLibrary.FontSet set = library.newSet();
        int compared = 0;
        for (int face = 0; face < FontLibrary.FACE_COUNT; face++) {
            try (PDDocument doc = new PDDocument()) {
                PDType0Font common = library.commonFont(face, doc);
                PDType0Font full = PDType0Font.load(doc, set.font(face, false), true);
                assertThat(metrics(common)).as("metrics of face %d", face).isEqualTo(metrics(full));
                assertThat(common.getName()).matches("[A-Z]{6}\\+" + full.getName());
                assertThat(common.willBeSubset()).as("embedded whole").isFalse();
                compared += compareWidths(common, full, FontLibrary.COMMON_RANGES, face);
            }
        }
        assertThat(compared).isGreaterThan(4 * 250);
    }

    /** Compares the width of every character of {@code ranges}; returns how many were compared. */
    private static int compareWidths(PDType0Font form, PDType0Font full, int[][] ranges, int face) throws IOException {
        int compared = 0;
        for (int[] range : ranges) {
            for (int c = range[0]; c <= range[1]; c++) {
                assertThat(width(form, c)).as("face %d, U+%04X", face, c).isEqualTo(width(full, c));
                compared++;
            }
        }
        return compared;
    }

    @Test
    void eachDocumentUsesTheSmallestFormThatCoversEveryCharacter() {
        assertThat(FontLibrary.formFor("<p>Facture n° FA-2026 – 1 234,56 € – « Œuvre » ‘été’ … Škoda 3 ‰ − ™</p>\n")).isEqualTo(Form.COMMON);
        assertThat(FontLibrary.formFor("<p>d&#39;exécution &#x2013; &#X20AC; &amp; &lt;</p>")).isEqualTo(Form.COMMON);
        assertThat(FontLibrary.formFor("<p>1\u202F234,56\u00A0€</p>")).isEqualTo(Form.COMMON);
        assertThat(FontLibrary.formFor("<p>Ștefan</p>")).isEqualTo(Form.CORE);
        assertThat(FontLibrary.formFor("<p>Łódź</p>")).isEqualTo(Form.CORE);
        assertThat(FontLibrary.formFor("<p>→ ™ ﬁ ½</p>")).isEqualTo(Form.CORE);
        assertThat(FontLibrary.formFor("<p>&#x2192;</p>")).isEqualTo(Form.CORE);
        assertThat(FontLibrary.formFor("<p>\u007F</p>")).isEqualTo(Form.CORE);
        assertThat(FontLibrary.formFor("<p>Ștefan Ωμέγα</p>")).isEqualTo(Form.FULL);
        assertThat(FontLibrary.formFor("<p>Արամ</p>")).isEqualTo(Form.FULL);
        assertThat(FontLibrary.formFor("<p>Жук</p>")).isEqualTo(Form.FULL);
        assertThat(FontLibrary.formFor("<p>✓</p>")).isEqualTo(Form.FULL);
        assertThat(FontLibrary.formFor("<p>&#x531;</p>")).isEqualTo(Form.FULL);
        assertThat(FontLibrary.formFor("<p>&#1329;</p>")).isEqualTo(Form.FULL);
        assertThat(FontLibrary.formFor("<p>&#x1F600;</p>")).isEqualTo(Form.FULL);
        assertThat(FontLibrary.formFor("<p>&#xZZ;</p>")).isEqualTo(Form.FULL);
        assertThat(FontLibrary.formFor("<p>&#39</p>")).isEqualTo(Form.FULL);
        assertThat(FontLibrary.formFor("<style>p::before { content: '\\2713'; }</style>")).isEqualTo(Form.FULL);
        assertThat(FontLibrary.formFor("<style>ol { list-style-type: arabic-indic; }</style>")).isEqualTo(Form.FULL);
        assertThat(FontLibrary.formFor("<p>😀</p>")).isEqualTo(Form.FULL);
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

    /** CSS keywords ignore case: openhtmltopdf reads {@code Arabic-Indic} as {@code arabic-indic} (U+0660-U+0669). */
    @Test
    void arabicIndicListNumberingInAnyCaseNeedsTheFullFonts() {
        assertThat(FontLibrary.formFor("<style>ol { list-style-type: Arabic-Indic; }</style><ol><li>un</li></ol>")).isEqualTo(Form.FULL);
        assertThat(FontLibrary.formFor("<ol style=\"LIST-STYLE-TYPE: ARABIC-INDIC\"><li>un</li></ol>")).isEqualTo(Form.FULL);
    }

    /**
     * openhtmltopdf's own text code (used for a string with a character its first font lacks: a
     * control character, a case-mapped one) asks a Type 0 font for its glyph look-up: a common-form
     * font, read by PDFBox's reading constructor, must have one.
     */
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

    /**
     * openhtmltopdf prints {@code text-transform} and small caps with {@code String.toUpperCase} /
     * {@code toLowerCase(Locale.US)}, whose full mappings may give several characters. Oracle: for every
     * BMP character, everything those mappings print is in the ranges of the form formFor picks.
     */
    @Test
    void everyCaseFormOpenhtmltopdfPrintsIsInTheFormChosen() {
        List<String> misses = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c) || c == '&' || c == '\\' || c == '<') {
                continue;
            }
            String s = String.valueOf((char) c);
            Form form = FontLibrary.formFor(s);
            if (form == Form.FULL) {
                continue;
            }
            int[][] ranges = form == Form.COMMON ? FontLibrary.COMMON_RANGES : FontLibrary.CORE_RANGES;
            for (String printed : List.of(s.toUpperCase(Locale.US), s.toLowerCase(Locale.US))) {
                printed.codePoints().filter(p -> !in(p, ranges)).forEach(p -> misses.add(String.format("U+%04X -> %s needs U+%04X, not in %s",
                        (int) s.charAt(0), printed.codePoints().mapToObj(q -> String.format("U+%04X", q)).toList(), p, form)));
            }
        }
        assertThat(misses).isEmpty();
    }

    private static boolean in(int c, int[][] ranges) {
        for (int[] r : ranges) {
            if (c >= r[0] && c <= r[1]) {
                return true;
            }
        }
        return false;
    }
}
