package io.github.quote2invoice.conversion;

import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.quote.QuoteLine;
import io.github.quote2invoice.tax.VatRate;
import io.github.quote2invoice.testing.Samples;

import java.util.List;

/** Small hand-made quotes for the example tests. */
final class Deals {
    private Deals() {
    }

    /** A draft quote in {@code currency} with {@code lines}, French seller and buyer. */
    static Quote.Builder draft(String id, String currency, List<QuoteLine> lines) {
        return Quote.builder().id(id).number("D-" + id).issueDate(Samples.QUOTE_DATE).validUntil(Samples.QUOTE_DATE.plusDays(30))
                .currency(currency).seller(Samples.seller()).buyer(Samples.buyer()).paymentTerms(Samples.terms()).lines(lines);
    }

    /** Sent and accepted by click-through. */
    static Quote accepted(Quote.Builder draft) {
        return RandomDeals.accept(draft.build());
    }

    static QuoteLine line(String id, String quantity, String price, VatRate rate, LineNature nature) {
        return QuoteLine.of(id, "Prestation " + id, Quantity.of(quantity, "C62"), price, rate, nature);
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
