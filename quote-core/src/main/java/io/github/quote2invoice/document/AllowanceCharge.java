package io.github.quote2invoice.document;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.tax.VatRate;

import java.util.Optional;

/**
 * A document-level allowance (BG-20, a discount on the whole) or charge (BG-21, e.g. shipping), with
 * the VAT rate it falls under.
 *
 * @param kind allowance or charge
 * @param amount above zero, excl. VAT
 * @param vatRate the VAT category and rate it belongs to
 * @param reason a text (BT-97/BT-104)
 * @param reasonCode an UNTDID 5189 (allowance) or 7161 (charge) code, optional
 */
public record AllowanceCharge(Kind kind, Money amount, VatRate vatRate, String reason, Optional<String> reasonCode) {

    /** Allowance (reduces the total) or charge (adds to it). */
    public enum Kind {
        /** Reduces the taxable amount. */
        ALLOWANCE,
        /** Adds to the taxable amount. */
        CHARGE
    }

    /** Validates every part. */
    public AllowanceCharge {
        Checks.required(kind, "kind");
        Checks.required(amount, "amount");
        Checks.check(amount.isPositive(), ErrorCodes.OUT_OF_RANGE, "amount", "must be greater than zero, was " + amount);
        Checks.required(vatRate, "vatRate");
        reason = Checks.text(reason, "reason", 300);
        reasonCode = Checks.optionalText(reasonCode, "reasonCode");
    }

    /** An allowance. */
    public static AllowanceCharge allowance(Money amount, VatRate rate, String reason) {
        return new AllowanceCharge(Kind.ALLOWANCE, amount, rate, reason, Optional.empty());
    }

    /** A charge. */
    public static AllowanceCharge charge(Money amount, VatRate rate, String reason) {
        return new AllowanceCharge(Kind.CHARGE, amount, rate, reason, Optional.empty());
    }

    /** The amount with its effect's sign: negative for an allowance. */
    public Money signedAmount() {
        return kind == Kind.ALLOWANCE ? amount.negated() : amount;
    }
}
