package io.github.quote2invoice.invoice;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;

import java.time.LocalDate;

/**
 * A period of service (BG-14), both days included.
 *
 * @param start first day
 * @param end last day, not before start
 */
public record Period(LocalDate start, LocalDate end) {
    /** Validates order. */
    public Period {
        Checks.required(start, "start");
        Checks.required(end, "end");
        Checks.check(!end.isBefore(start), ErrorCodes.INCONSISTENT, "end", "is before the start " + start);
    }
}
