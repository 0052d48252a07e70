package io.github.quote2invoice.render.pdf;

import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.render.RenderedDocument;
import io.github.quote2invoice.testing.Samples;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PdfQuoteRendererTest {
    static final PdfQuoteRenderer RENDERER = PdfQuoteRenderer.builder().build();

    @Test
    void quoteWithAcceptanceBlockIsPdfA3b() {
        Quote quote = Samples.sentQuote();
        RenderedDocument doc = RENDERER.render(quote, Locale.FRENCH);
        assertThat(doc.fileName()).isEqualTo("D-2026-0042.pdf");
        byte[] pdf = doc.content();
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
        String text = PdfPages.text(pdf);
        // Totals as TotalsCalculator computes them for the sample quote (its own tests hold the figures).
        assertThat(text).contains("Devis").contains("D-2026-0042").contains("Valable jusqu'au 02/12/2026")
                .contains("Bon pour accord").contains("SIGNATURE ET CACHET").contains("Conception du four à pain")
                .contains("Total TTC " + FacturXPdfTest.euros(quote.totals().taxInclusive().amount().toPlainString()));
        for (BufferedImage page : PdfPages.images(pdf, 50)) {
            assertThat(PdfPages.inkOutside(page, 50, 10, 10, 10, 8)).isZero();
        }
        assertThat(RENDERER.render(quote, Locale.FRENCH).content()).isEqualTo(pdf);
    }

    /** The payment schedule the client signs for is printed with the terms, one line per instalment. */
    @Test
    void printsThePaymentSchedule() {
        Quote quote = Samples.sentQuote();
        io.github.quote2invoice.money.Money total = quote.totals().taxInclusive();
        io.github.quote2invoice.money.Money deposit = total.allocate(java.util.List.of(new java.math.BigDecimal("30"), new java.math.BigDecimal("70"))).get(0);
        Quote scheduled = quote.toBuilder().paymentTerms(quote.paymentTerms().withSchedule(java.util.List.of(
                new io.github.quote2invoice.document.Installment(java.time.LocalDate.of(2026, 12, 1), deposit, java.util.Optional.of("À la commande")),
                new io.github.quote2invoice.document.Installment(java.time.LocalDate.of(2027, 2, 1), total.minus(deposit),
                        java.util.Optional.of("À la livraison"))))).build();
        String text = PdfPages.text(RENDERER.render(scheduled, Locale.FRENCH).content()).replaceAll("[ \\u00A0\\u202F]+", " ");
        assertThat(text).contains("Échéance du 01/12/2026 : " + FacturXPdfTest.euros(deposit.amount().toPlainString()) + " – À la commande")
                .contains("Échéance du 01/02/2027 : " + FacturXPdfTest.euros(total.minus(deposit).amount().toPlainString()) + " – À la livraison");
    }

    @Test
    void acceptedQuoteShowsWhoAcceptedIt() {
        String text = PdfPages.text(RENDERER.render(Samples.acceptedQuote(), Locale.ENGLISH).content());
        assertThat(text).contains("Quote").contains("Acceptance").contains("Accepted by Paul Martin, gérant on 10 November 2026");
    }
}
