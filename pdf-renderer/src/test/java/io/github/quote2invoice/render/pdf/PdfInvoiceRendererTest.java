package io.github.quote2invoice.render.pdf;

import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.render.RenderedDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfInvoiceRendererTest {
    static final PdfInvoiceRenderer PLAIN = PdfInvoiceRenderer.builder().withoutFacturX().build();

    @Test
    void plainInvoiceIsPdfA3b() {
        RenderedDocument doc = PLAIN.render(TestInvoices.standard(20), Locale.FRENCH);
        assertThat(doc.mediaType()).isEqualTo("application/pdf");
        assertThat(doc.fileName()).isEqualTo("FA-2026-000042.pdf");
        assertThat(PdfAValidation.failures(doc.content())).isEmpty();
    }

    @Test
    void veraPdfRejectsABrokenFile() throws IOException {
        byte[] pdf = PLAIN.render(TestInvoices.standard(3), Locale.FRENCH).content();
        // Remove the output intent: device colours without an intent break PDF/A.
        try (PDDocument d = PdfPages.load(pdf)) {
            d.getDocumentCatalog().getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            d.save(out);
            assertThat(PdfAValidation.failures(out.toByteArray())).isNotEmpty();
        }
    }

    @Test
    void sameInvoiceGivesTheSameBytes() {
        Invoice inv = TestInvoices.standard(12);
        byte[] first = PLAIN.render(inv, Locale.FRENCH).content();
        byte[] again = PLAIN.render(inv, Locale.FRENCH).content();
        byte[] otherRenderer = PdfInvoiceRenderer.builder().withoutFacturX().build().render(inv, Locale.FRENCH).content();
        assertThat(again).isEqualTo(first);
        assertThat(otherRenderer).isEqualTo(first);
        assertThat(PLAIN.render(TestInvoices.standard(13), Locale.FRENCH).content()).isNotEqualTo(first);
    }

    @Test
    void documentsRenderedAtTheSameTimeByANewRendererAreTheSameBytes() throws Exception {
        // A new renderer: its shared glyph widths, fonts and workbenches are first filled by concurrent documents.
        PdfInvoiceRenderer shared = PdfInvoiceRenderer.builder().withoutFacturX().build();
        List<Invoice> invoices = List.of(TestInvoices.standard(5), TestInvoices.deposit(), TestInvoices.creditNote());
        List<byte[]> expected = invoices.stream().map(i -> PLAIN.render(i, Locale.FRENCH).content()).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<byte[]>> results = new java.util.ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Invoice invoice : invoices) {
                    results.add(pool.submit(() -> shared.render(invoice, Locale.FRENCH).content()));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).as("document %d", i).isEqualTo(expected.get(i % invoices.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void printsTheBusinessTermsWhereAPersonLooks() {
        byte[] pdf = PLAIN.render(TestInvoices.standard(5), Locale.FRENCH).content();
        // Title and number in the top right quarter of page 1.
        String topRight = PdfPages.textIn(pdf, 0, 105, 0, 105, 45);
        assertThat(topRight).contains("Facture").contains("FA-2026-000042").contains("20/11/2026").contains("20/12/2026");
        // Seller top left, buyer in its box below.
        assertThat(PdfPages.textIn(pdf, 0, 0, 0, 105, 40)).contains("Atelier Durand SAS").contains("69003 Lyon");
        assertThat(PdfPages.textIn(pdf, 0, 105, 35, 105, 50)).contains("Boulangerie Martin SARL").contains("75011 Paris");
        String text = PdfPages.text(pdf);
        assertThat(text).contains("Net à payer").contains("Total HT").contains("RÉCAPITULATIF TVA")
                .contains("FR76 3000 6000 0112 3456 7890 189").contains("RF84FA2026000042").contains(TestInvoices.PAYMENT_LINK)
                .contains("Indemnité forfaitaire pour frais de recouvrement : 40,00 €").contains("Page 1 sur 1")
                .contains("SIREN 123456782");
    }

    /** An invoice paid in instalments prints its schedule, in French and in English, instead of a single due date. */
    @Test
    void printsTheInstalmentSchedule() {
        Invoice inv = TestInvoices.standard(3);
        io.github.quote2invoice.money.Money due = inv.totals().amountDue();
        io.github.quote2invoice.money.Money first = due.allocate(2).get(0);
        java.util.List<io.github.quote2invoice.document.Installment> schedule = java.util.List.of(
                new io.github.quote2invoice.document.Installment(java.time.LocalDate.of(2026, 12, 5), first, java.util.Optional.of("À la commande")),
                new io.github.quote2invoice.document.Installment(java.time.LocalDate.of(2027, 1, 5), due.minus(first), java.util.Optional.empty()));
        Invoice paidTwice = inv.toBuilder().paymentTerms(inv.paymentTerms().withSchedule(schedule)).buildKeepingTotals();
        String fr = PdfPages.text(PLAIN.render(paidTwice, Locale.FRENCH).content()).replaceAll("[ \\u00A0\\u202F]+", " ");
        assertThat(fr).contains("Échéancier").contains("05/12/2026 : " + euros(first) + " – À la commande")
                .contains("05/01/2027 : " + euros(due.minus(first))).doesNotContain("Paiement dû le");
        String en = PdfPages.text(PLAIN.render(paidTwice, Locale.ENGLISH).content());
        assertThat(en).contains("Payment schedule");
    }

    private static String euros(io.github.quote2invoice.money.Money m) {
        return FacturXPdfTest.euros(m.amount().toPlainString());
    }

    @Test
    void englishLabels() {
        String text = PdfPages.text(PLAIN.render(TestInvoices.standard(3), Locale.ENGLISH).content());
        assertThat(text).contains("Invoice").contains("Amount due").contains("VAT SUMMARY").contains("Page 1 of 1")
                .contains("€");
    }

    @Test
    void sixtyLinesSpanPagesWithTheHeaderRepeated() {
        byte[] pdf = PLAIN.render(TestInvoices.standard(60), Locale.FRENCH).content();
        List<String> pages = PdfPages.pageTexts(pdf);
        assertThat(pages.size()).isGreaterThanOrEqualTo(2);
        int pagesWithLines = 0;
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains("Prestation") || pages.get(i).contains("Fourniture")) {
                pagesWithLines++;
                assertThat(pages.get(i)).as("page %d repeats the table header", i + 1).contains("Désignation").contains("P.U. HT");
            }
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " sur " + pages.size());
        }
        assertThat(pagesWithLines).isGreaterThanOrEqualTo(2);
        String all = String.join("\n", pages);
        for (int n = 1; n <= 60; n++) {
            assertThat(all).contains((n % 3 == 0 ? "Fourniture " : "Prestation ") + n);
        }
        for (BufferedImage page : PdfPages.images(pdf, 50)) {
            // Margins are 14 mm; the footer sits in the bottom margin. Nothing may reach the paper's edge.
            assertThat(PdfPages.inkOutside(page, 50, 10, 10, 10, 8)).isZero();
        }
    }

    @Test
    void everyKindRendersAndStaysOnThePage() {
        for (Invoice inv : List.of(TestInvoices.deposit(), TestInvoices.finalInvoice(), TestInvoices.progress(), TestInvoices.creditNote())) {
            byte[] pdf = PLAIN.render(inv, Locale.FRENCH).content();
            assertThat(PdfAValidation.failures(pdf)).as(inv.number().orElseThrow()).isEmpty();
            for (BufferedImage page : PdfPages.images(pdf, 50)) {
                assertThat(PdfPages.inkOutside(page, 50, 10, 10, 10, 8)).isZero();
            }
        }
        String fin = PdfPages.text(PLAIN.render(TestInvoices.finalInvoice(), Locale.FRENCH).content());
        assertThat(fin).contains("Facture de solde").contains("Acomptes déduits").contains("FA-2026-000040 du 12/11/2026")
                .contains("4 320,00 €").contains("M4").contains("Total des lignes HT 12 000,00 €")
                .contains("Acomptes déduits -3 600,00 €").contains("Total HT 8 400,00 €");
        String prog = PdfPages.text(PLAIN.render(TestInvoices.progress(), Locale.FRENCH).content()).replaceAll("\\s+", " ");
        assertThat(prog).contains("Facture de situation").contains("Avancement cumulé 60 %").contains("déjà facturé 25 %")
                .contains("Cette situation 7 000,00 €");
        String credit = PdfPages.text(PLAIN.render(TestInvoices.creditNote(), Locale.FRENCH).content());
        assertThat(credit).contains("Avoir").contains("AV-2026-000003").contains("Facture corrigée").contains("FA-2026-000042")
                .contains("Montant de l'avoir").doesNotContain("Scannez");
    }

    @Test
    void documentDataPrintsAsTextAndLoadsNothing() throws IOException {
        byte[] pdf = PLAIN.render(TestInvoices.standard(2, TestInvoices.hostileBuyer()), Locale.FRENCH).content();
        String text = PdfPages.text(pdf);
        assertThat(text).contains("<img src=\"file:///etc/passwd\"/> & Cie").contains("<link rel=\"stylesheet\"");
        assertThat(text).doesNotContain("root:");
        try (PDDocument d = PdfPages.load(pdf)) {
            for (PDPage page : d.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getXObjectNames()) {
                    assertThat(res.isImageXObject(name)).as("no image on the page").isFalse();
                }
                for (COSName name : res.getFontNames()) {
                    PDFont font = res.getFont(name);
                    assertThat(font.isEmbedded()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSansCondensed");
                }
            }
        }
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    @Test
    void charactersBeyondTheCoreFontFormsPrintFromTheFullFonts() {
        // Armenian, box drawing and a check mark are in DejaVu but not in the core forms.
        String name = "Արամ ─┼ ✓ Ωμέγα Жук";
        Invoice invoice = TestInvoices.standard(2, io.github.quote2invoice.party.Party.builder(name,
                io.github.quote2invoice.party.Address.of("1 rue ✓", "75011", "Paris", "FR")).siren("851234567").build());
        byte[] pdf = PLAIN.render(invoice, Locale.FRENCH).content();
        assertThat(PdfPages.text(pdf)).contains(name).contains("1 rue ✓");
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
        assertThat(PLAIN.render(invoice, Locale.FRENCH).content()).isEqualTo(pdf);
    }

    @Test
    void thePaymentQrCodeScansToTheEpcPayload() throws Exception {
        Invoice invoice = TestInvoices.standard(3);
        String expected = PaymentQrPayload.EPC_TRANSFER.payload(invoice).orElseThrow();
        List<BufferedImage> pages = PdfPages.images(PLAIN.render(invoice, Locale.FRENCH).content(), 200);
        BufferedImage page = pages.get(pages.size() - 1);
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        com.google.zxing.BinaryBitmap bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
        String scanned = new com.google.zxing.qrcode.QRCodeReader().decode(bitmap,
                java.util.Map.of(com.google.zxing.DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
        assertThat(scanned).isEqualTo(expected);
    }

    @Test
    void logoMustBeAnImage() {
        assertThatThrownBy(() -> PdfInvoiceRenderer.builder().withoutFacturX().logo(new byte[] {1, 2, 3}).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("PNG or JPEG");
    }
}
