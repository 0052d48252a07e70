package io.github.quote2invoice.render.pdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document whose XHTML stays within the fonts' common form (Western European text) may still
 * print characters outside it: CSS {@code text-transform} and {@code font-variant: small-caps}
 * change the case of its text, and the upper case of µ (U+00B5) is the Greek capital Mu (U+039C),
 * of ƒ (U+0192) the hooked F (U+0191). Such a document must render, and print those characters,
 * as it does when the same text is laid out with the full fonts.
 */
class CommonFormGeneratedTextTest {
    @TempDir
    Path dir;

    private byte[] render(String body) throws Exception {
        Files.writeString(dir.resolve("invoice.ftl"), """
                <html xmlns="http://www.w3.org/1999/xhtml" lang="fr"><head><style>
                body { font-family: 'DejaVu Sans Condensed'; }
                .up { text-transform: uppercase; }
                .sc { font-variant: small-caps; }
                </style></head><body>BODY</body></html>
                """.replace("BODY", body), StandardCharsets.UTF_8);
        PdfInvoiceRenderer r = PdfInvoiceRenderer.builder().withoutFacturX().templates(PdfTemplates.directory(dir)).build();
        return r.render(TestInvoices.standard(1), Locale.FRENCH).content();
    }

    @Test
    void upperCaseOfMicroSignInAWesternDocumentRendersAndPrintsCapitalMu() throws Exception {
        byte[] pdf = render("<p class=\"up\">Filtre 10 µm</p>");
        assertThat(PdfPages.text(pdf)).contains("FILTRE 10 \u039CM");
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    @Test
    void upperCaseOfFlorinSignInAWesternDocumentRendersAndPrintsHookedF() throws Exception {
        byte[] pdf = render("<p class=\"up\">ƒ 2,8</p>");
        assertThat(PdfPages.text(pdf)).contains("\u0191 2,8");
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    @Test
    void smallCapsOfMicroSignInAWesternDocumentRenders() throws Exception {
        byte[] pdf = render("<p class=\"sc\">Condensateur 4,7 µF</p>");
        assertThat(PdfPages.text(pdf)).contains("4,7");
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    /**
     * The common form covers the control characters as the other forms do (formFor keeps such a
     * document in it), and with the core form (same text plus U+0218) this document renders: "ab Ș".
     */
    @Test
    void aCarriageReturnReferenceInAWesternDocumentRendersAsWithTheCoreForm() throws Exception {
        byte[] pdf = render("<p>a&#13;b</p>");
        assertThat(PdfPages.text(pdf)).contains("ab");
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    /** CSS keywords are case-insensitive: openhtmltopdf numbers this list with Arabic-Indic digits (U+0661...). */
    @Test
    void arabicIndicListNumberingWrittenInMixedCaseRenders() throws Exception {
        byte[] pdf = render("<ol style=\"list-style-type: Arabic-Indic\"><li>un</li><li>deux</li></ol>");
        assertThat(PdfPages.text(pdf)).contains("\u0661").contains("\u0662");
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }
}
