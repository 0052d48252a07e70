package io.github.quote2invoice.testing;

import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.document.TotalsCalculator;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.tax.VatRate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Draft invoices for the rule-set, check and indexation tests: built by hand, not by the engine. */
public final class DraftInvoices {
    /** The currency of the samples. */
    public static final Currency EUR = Currency.getInstance("EUR");

    private DraftInvoices() {
    }

    /** A line whose net is quantity x price, rounded HALF_UP to the cent. */
    public static InvoiceLine line(String id, String quantity, String unitPrice, VatRate rate, LineNature nature) {
        InvoiceLine.Builder b = InvoiceLine.builder(id, "Ligne " + id).quantity(Quantity.of(quantity, "C62"))
                .unitPrice(new BigDecimal(unitPrice)).vatRate(rate).nature(nature).netAmount(Money.zero(EUR));
        InvoiceLine draft = b.build();
        return b.netAmount(TotalsCalculator.standard().lineAmounts(draft, EUR).net()).build();
    }

    /**
     * A French B2B draft from {@link Samples#seller()} to {@link Samples#buyer()}: one service line at
     * 20 % (3 x 650.00) and one goods line at 10 % (1 x 1200.00), delivered on 2026-11-20.
     */
    public static Invoice.Builder frenchB2b() {
        return Invoice.builder().id("inv-1").seller(Samples.seller()).buyer(Samples.buyer()).currency(EUR)
                .paymentTerms(Samples.terms()).deliveryDate(Optional.of(LocalDate.of(2026, 11, 20)))
                .lines(List.of(line("1", "3", "650.00", VatRate.standard("20"), LineNature.SERVICES),
                        line("2", "1", "1200.00", VatRate.standard("10"), LineNature.GOODS)));
    }
}
