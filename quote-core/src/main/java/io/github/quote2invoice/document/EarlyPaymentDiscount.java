package io.github.quote2invoice.document;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;

import java.math.BigDecimal;

/**
 * An early-payment discount (escompte): {@code percent} % off when paid within {@code withinDays}
 * days of the issue date.
 *
 * @param percent above 0, at most 100
 * @param withinDays 0 to 365
 */
public record EarlyPaymentDiscount(BigDecimal percent, int withinDays) {
    /** Validates both parts. */
    public EarlyPaymentDiscount {
        percent = Checks.maxScale(Checks.positive(Checks.percent(percent, "percent"), "percent"), 4, "percent");
        Checks.check(withinDays >= 0 && withinDays <= 365, ErrorCodes.OUT_OF_RANGE, "withinDays", "must be 0 to 365, was " + withinDays);
    }
}
