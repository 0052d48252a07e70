package io.github.quote2invoice.render.pdf;

import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.party.Address;
import io.github.quote2invoice.party.Party;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Western European documents embed the fonts' common forms, made once and copied into each document:
 * every character a page shows must have its outline in the font program the file carries, under the
 * number the text is encoded with (text extraction alone would not notice a wrong one: it reads the
 * ToUnicode map, not the outlines).
 */
class EmbeddedGlyphsTest {
    private static final String NAME = "Œuvres Škoda « l’été » – 3 ‰ – Ÿ ÿ ß Æ ø";

    @Test
    void everyCharacterDrawnHasItsOutlineInTheEmbeddedFont() throws IOException {
        Invoice invoice = TestInvoices.standard(20, Party.builder(NAME, Address.of("12 rue de l’Œuvre", "75011", "Paris", "FR"))
                .siren("851234567").build());
        byte[] pdf = PdfInvoiceRenderer.builder().build().render(invoice, Locale.FRENCH).content();
        List<String> missing = new ArrayList<>();
        Set<String> fonts = new HashSet<>();
        int[] checked = {0};
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    super.processTextPosition(text);
                    String unicode = text.getUnicode();
                    if (unicode == null || unicode.isBlank() || Character.isSpaceChar(unicode.codePointAt(0))) {
                        return;
                    }
                    PDFont font = text.getFont();
                    fonts.add(font.getName());
                    try {
                        PDCIDFontType2 cid = (PDCIDFontType2) ((PDType0Font) font).getDescendantFont();
                        int gid = cid.codeToGID(text.getCharacterCodes()[0]);
                        TrueTypeFont ttf = cid.getTrueTypeFont();
                        GlyphData glyph = ttf.getGlyph().getGlyph(gid);
                        if (gid == 0 || glyph == null || glyph.getPath().getBounds2D().isEmpty()) {
                            missing.add(unicode + " (glyph " + gid + " of " + font.getName() + ")");
                        }
                        checked[0]++;
                    } catch (IOException e) {
                        missing.add(unicode + ": " + e);
                    }
                }
            };
            String text = stripper.getText(doc);
            assertThat(text).contains(NAME).contains("12 rue de l’Œuvre");
        }
        assertThat(missing).isEmpty();
        assertThat(checked[0]).isGreaterThan(1000);
        assertThat(fonts).allMatch(f -> f.matches("[A-Z]{6}\\+DejaVuSansCondensed(-Bold)?")).hasSize(2);
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }
}
