package io.github.quote2invoice.json;

import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.quote.Quote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * For generated documents: model -> JSON -> model gives an equal value, and writing it again gives the
 * same bytes. The oracle is the model's own equality (records compare every component; Money compares
 * amount and currency), independent of the JSON code. QuickTheories prints the seed of a failing case.
 */
class JsonRoundTripPropertyTest {
    private static final Quote2InvoiceJson JSON = Quote2InvoiceJson.create();

    @Test
    void quotesRoundTripLosslesslyAndByteForByte() {
        qt().withExamples(2_000).forAll(QuoteGen.quotes()).checkAssert(quote -> {
            byte[] json = JSON.writeQuoteBytes(quote);
            Quote back = JSON.readQuote(json);
            assertThat(back).isEqualTo(quote);
            assertThat(back.totals()).isEqualTo(quote.totals());
            assertThat(JSON.writeQuoteBytes(back)).isEqualTo(json);
        });
    }

    @Test
    void invoicesRoundTripLosslesslyAndByteForByte() {
        qt().withExamples(500).forAll(InvoiceGen.invoices()).checkAssert(invoice -> {
            String json = JSON.writeInvoice(invoice);
            Invoice back = JSON.readInvoice(json);
            assertThat(back).isEqualTo(invoice);
            assertThat(JSON.writeInvoice(back)).isEqualTo(json);
        });
    }

    @Test
    void paymentsRoundTripLosslesslyAndByteForByte() {
        qt().withExamples(1_000).forAll(InvoiceGen.payments()).checkAssert(payment -> {
            String json = JSON.writePayment(payment);
            Payment back = JSON.readPayment(json);
            assertThat(back).isEqualTo(payment);
            assertThat(JSON.writePayment(back)).isEqualTo(json);
        });
    }
}
