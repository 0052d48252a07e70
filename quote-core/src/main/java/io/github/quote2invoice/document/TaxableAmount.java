package io.github.quote2invoice.document;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.tax.VatRate;

import java.util.Optional;

/**
 * One line's contribution to a document's totals: its net amount, its VAT rate and, for a line whose
 * VAT was already settled by an earlier document (a deposit deducted on the final invoice), that VAT.
 *
 * @param rate the VAT category and rate
 * @param net the line net (BT-131), may be negative
 * @param settledVat the VAT fixed by an earlier document, counted as is instead of being recomputed
 */
public record TaxableAmount(VatRate rate, Money net, Optional<Money> settledVat) {
    /** Validates presence. */
    public TaxableAmount {
        Checks.required(rate, "rate");
        Checks.required(net, "net");
        settledVat = Checks.optional(settledVat);
    }

    /** An ordinary line. */
    public static TaxableAmount of(VatRate rate, Money net) {
        return new TaxableAmount(rate, net, Optional.empty());
    }
}
