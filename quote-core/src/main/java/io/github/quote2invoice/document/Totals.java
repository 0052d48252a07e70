package io.github.quote2invoice.document;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.tax.VatBreakdown;

import java.util.List;

/**
 * A document's totals (EN 16931 BG-22) and VAT breakdown (BG-23).
 *
 * <p>Always coherent: the constructor checks BR-CO-10 to BR-CO-16 exactly (no tolerance), so a
 * {@code Totals} can be written to XML as is.
 *
 * @param lineTotal sum of line nets (BT-106)
 * @param allowanceTotal sum of document allowances (BT-107)
 * @param chargeTotal sum of document charges (BT-108)
 * @param taxExclusive total excl. VAT (BT-109) = lineTotal - allowanceTotal + chargeTotal
 * @param vatTotal total VAT (BT-110) = sum of the breakdown's VAT
 * @param taxInclusive total incl. VAT (BT-112) = taxExclusive + vatTotal
 * @param prepaid amount already paid (BT-113), e.g. deposits in the prepaid settlement style
 * @param amountDue amount due for payment (BT-115) = taxInclusive - prepaid
 * @param vatBreakdown one entry per VAT category and rate, taxable amounts summing to taxExclusive
 */
public record Totals(Money lineTotal, Money allowanceTotal, Money chargeTotal, Money taxExclusive, Money vatTotal,
                     Money taxInclusive, Money prepaid, Money amountDue, List<VatBreakdown> vatBreakdown) {

    /** Checks the EN 16931 identities exactly. */
    public Totals {
        Checks.required(lineTotal, "lineTotal");
        Checks.required(allowanceTotal, "allowanceTotal");
        Checks.required(chargeTotal, "chargeTotal");
        Checks.required(taxExclusive, "taxExclusive");
        Checks.required(vatTotal, "vatTotal");
        Checks.required(taxInclusive, "taxInclusive");
        Checks.required(prepaid, "prepaid");
        Checks.required(amountDue, "amountDue");
        vatBreakdown = Checks.list(vatBreakdown, "vatBreakdown");
        Checks.check(taxExclusive.equals(lineTotal.minus(allowanceTotal).plus(chargeTotal)), ErrorCodes.INCONSISTENT, "taxExclusive",
                "must equal lineTotal - allowanceTotal + chargeTotal (BR-CO-13)");
        Checks.check(taxInclusive.equals(taxExclusive.plus(vatTotal)), ErrorCodes.INCONSISTENT, "taxInclusive",
                "must equal taxExclusive + vatTotal (BR-CO-15)");
        Checks.check(amountDue.equals(taxInclusive.minus(prepaid)), ErrorCodes.INCONSISTENT, "amountDue",
                "must equal taxInclusive - prepaid (BR-CO-16)");
        Money vat = Money.zero(vatTotal.currency());
        Money taxable = Money.zero(vatTotal.currency());
        for (VatBreakdown b : vatBreakdown) {
            vat = vat.plus(b.taxAmount());
            taxable = taxable.plus(b.taxableAmount());
        }
        Checks.check(vat.equals(vatTotal), ErrorCodes.INCONSISTENT, "vatTotal", "must equal the sum of the breakdown's VAT (BR-CO-14)");
        Checks.check(taxable.equals(taxExclusive), ErrorCodes.INCONSISTENT, "vatBreakdown",
                "taxable amounts must sum to taxExclusive");
    }

    /** The breakdown entry of {@code rate}, if the document has one. */
    public java.util.Optional<VatBreakdown> breakdownOf(io.github.quote2invoice.tax.VatRate rate) {
        return vatBreakdown.stream().filter(b -> b.rate().equals(rate)).findFirst();
    }
}
