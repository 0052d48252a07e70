package io.github.quote2invoice.conversion;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;

import java.math.BigDecimal;

/**
 * How much one step of a billing plan bills: a percentage of the quote, or a fixed amount, each
 * either excluding or including VAT. Whatever the basis, the step's amount is split over the quote's
 * VAT rates in proportion to the quote's taxable amount of each rate (its lines, allowances and
 * charges of that rate), cent-exact.
 */
public sealed interface Share permits Share.Percent, Share.Amount {

    /** What a share is measured against. */
    enum Basis {
        /** Excluding VAT (HT): the share of the quote's total excl. VAT; VAT is added on top. */
        EXCLUDING_VAT,
        /**
         * Including VAT (TTC): the share of the quote's total incl. VAT. The net of each rate is the
         * one whose net + VAT hits the rate's part of the amount; where no net does exactly (VAT is
         * rounded), the nearest is taken, so the amount is met within one minor unit per rate.
         */
        INCLUDING_VAT
    }

    /** The basis. */
    Basis basis();

    /**
     * A percentage of the quote's total.
     *
     * @param percent above 0, at most 100, at most 4 decimals
     * @param basis excl. or incl. VAT
     */
    record Percent(BigDecimal percent, Basis basis) implements Share {
        /** Validates the percentage. */
        public Percent {
            percent = Checks.maxScale(Checks.positive(Checks.percent(percent, "percent"), "percent"), 4, "percent");
            Checks.required(basis, "basis");
        }
    }

    /**
     * A fixed amount.
     *
     * @param amount above zero, in the quote's currency
     * @param basis whether the amount is excl. or incl. VAT
     */
    record Amount(Money amount, Basis basis) implements Share {
        /** Validates the amount. */
        public Amount {
            Checks.required(amount, "amount");
            Checks.check(amount.isPositive(), ErrorCodes.OUT_OF_RANGE, "amount", "must be greater than zero, was " + amount);
            Checks.required(basis, "basis");
        }
    }

    /** {@code percent} % of the total excl. VAT: {@code Share.percentExclVat("30")}. */
    static Share percentExclVat(String percent) {
        return new Percent(parse(percent), Basis.EXCLUDING_VAT);
    }

    /** {@code percent} % of the total incl. VAT. */
    static Share percentInclVat(String percent) {
        return new Percent(parse(percent), Basis.INCLUDING_VAT);
    }

    /** A fixed amount excl. VAT. */
    static Share amountExclVat(Money amount) {
        return new Amount(amount, Basis.EXCLUDING_VAT);
    }

    /** A fixed amount incl. VAT. */
    static Share amountInclVat(Money amount) {
        return new Amount(amount, Basis.INCLUDING_VAT);
    }

    private static BigDecimal parse(String percent) {
        return Checks.decimal(percent, "percent");
    }
}
