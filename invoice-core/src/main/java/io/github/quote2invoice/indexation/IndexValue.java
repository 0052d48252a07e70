package io.github.quote2invoice.indexation;

import io.github.quote2invoice.internal.Checks;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One published value of an index series (e.g. INSEE BT01 for a month). Values are published
 * provisional first, then final months later.
 *
 * @param series the series name ("BT01")
 * @param month the month the value is for
 * @param value the index value, above zero
 * @param provisional true until the final value is published
 */
public record IndexValue(String series, YearMonth month, BigDecimal value, boolean provisional) {
    /** Validates presence and sign. */
    public IndexValue {
        series = Checks.text(series, "series", 50);
        Checks.required(month, "month");
        Checks.positive(value, "value");
    }
}
