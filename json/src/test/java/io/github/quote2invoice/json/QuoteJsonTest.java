package io.github.quote2invoice.json;

import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.testing.Samples;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteJsonTest {
    private static final Quote2InvoiceJson JSON = Quote2InvoiceJson.create();

    @Test
    void acceptedQuoteRoundTripsExactly() {
        Quote quote = Samples.acceptedQuote();
        String json = JSON.writeQuote(quote);
        Quote back = JSON.readQuote(json);
        assertThat(back).isEqualTo(quote);
        assertThat(JSON.writeQuote(back)).isEqualTo(json);
    }
}
