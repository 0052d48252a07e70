package io.github.quote2invoice.invoice;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.tax.VatBreakdown;

import java.util.List;

/**
 * A deposit settled by a final invoice: which deposit invoice, and per VAT rate the net and VAT it
 * carried (net of any deposit credit note). Amounts are positive; the final invoice subtracts them.
 *
 * @param deposit the deposit invoice (also listed in the final invoice's preceding invoices)
 * @param amounts per VAT rate, the taxable amount and VAT deducted
 */
public record DepositDeduction(PrecedingInvoice deposit, List<VatBreakdown> amounts) {
    /** Validates presence. */
    public DepositDeduction {
        Checks.required(deposit, "deposit");
        amounts = Checks.nonEmptyList(amounts, "amounts");
    }

    /** Net plus VAT deducted. */
    public Money gross() {
        Money total = Money.zero(amounts.get(0).taxAmount().currency());
        for (VatBreakdown b : amounts) {
            total = total.plus(b.grossAmount());
        }
        return total;
    }
}
