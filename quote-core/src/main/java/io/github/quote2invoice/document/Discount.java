package io.github.quote2invoice.document;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A line discount (EN 16931 BG-27): a percentage of the line's gross amount or a fixed amount off it.
 */
public sealed interface Discount permits Discount.Percentage, Discount.Fixed {

    /** Why the discount is granted (BT-139), optional. */
    Optional<String> reason();

    /**
     * A percentage of the line's gross amount (quantity x unit price).
     *
     * @param percent above 0, at most 100, at most 4 decimals
     * @param reason why
     */
    record Percentage(BigDecimal percent, Optional<String> reason) implements Discount {
        /** Validates the percentage. */
        public Percentage {
            percent = Checks.maxScale(Checks.positive(Checks.percent(percent, "percent"), "percent"), 4, "percent");
            reason = Checks.optionalText(reason, "reason");
        }
    }

    /**
     * A fixed amount off the line's gross amount.
     *
     * @param amount above zero, in the document's currency
     * @param reason why
     */
    record Fixed(Money amount, Optional<String> reason) implements Discount {
        /** Validates the amount. */
        public Fixed {
            Checks.required(amount, "amount");
            Checks.check(amount.isPositive(), io.github.quote2invoice.error.ErrorCodes.OUT_OF_RANGE, "amount",
                    "must be greater than zero, was " + amount);
            reason = Checks.optionalText(reason, "reason");
        }
    }

    /** {@code percent} % off. */
    static Discount percent(String percent) {
        return new Percentage(new BigDecimal(percent), Optional.empty());
    }

    /** {@code amount} off. */
    static Discount amount(Money amount) {
        return new Fixed(amount, Optional.empty());
    }
}
