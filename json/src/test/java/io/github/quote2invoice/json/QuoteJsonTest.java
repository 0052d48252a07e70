package io.github.quote2invoice.json;

import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.testing.Samples;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/** Quotes as JSON: an exact round trip, one facade shared by threads, any model value written. */
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

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        List<Quote> quotes = new ArrayList<>();
        qt().withExamples(200).forAll(QuoteGen.quotes()).checkAssert(quotes::add);
        List<String> expected = quotes.stream().map(JSON::writeQuote).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < quotes.size(); i++) {
                        String json = JSON.writeQuote(quotes.get(i));
                        if (!json.equals(expected.get(i)) || !JSON.readQuote(json).equals(quotes.get(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anyModelValueCanBeWritten() {
        Quote quote = Samples.sentQuote();
        assertThat(JSON.write(quote.lines().get(0))).startsWith("{\"id\":\"1\",\"designation\":\"Conception du four à pain\"");
        assertThat(JSON.write(quote.accept(io.github.quote2invoice.quote.Acceptance.internalApproval("Paul Martin",
                Samples.ACCEPTED_AT)).event())).contains("\"documentId\":\"q-2026-0042\"").contains("\"occurredAt\":\"2026-11-10T09:30:00Z\"");
    }
}
