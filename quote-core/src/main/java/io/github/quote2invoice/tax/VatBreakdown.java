package io.github.quote2invoice.tax;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;

/**
 * One line of a document's VAT breakdown (EN 16931 BG-23): a rate, the taxable amount of that rate
 * (BT-116) and the VAT on it (BT-117).
 *
 * @param rate the category and rate
 * @param taxableAmount the sum of line nets, minus allowances, plus charges, of that rate
 * @param taxAmount the VAT of that rate, in the same currency
 */
public record VatBreakdown(VatRate rate, Money taxableAmount, Money taxAmount) {
    /** Validates presence and currency. */
    public VatBreakdown {
        Checks.required(rate, "rate");
        Checks.required(taxableAmount, "taxableAmount");
        Checks.required(taxAmount, "taxAmount");
        if (!taxableAmount.currency().equals(taxAmount.currency())) {
            throw new io.github.quote2invoice.error.CurrencyMismatchException("taxAmount", taxableAmount.currency(), taxAmount.currency());
        }
    }

    /** Taxable amount plus VAT. */
    public Money grossAmount() {
        return taxableAmount.plus(taxAmount);
    }

    /** The same rate with both amounts negated (what a credit note reverses). */
    public VatBreakdown negated() {
        return new VatBreakdown(rate, taxableAmount.negated(), taxAmount.negated());
    }
}
