package io.github.quote2invoice.issuing;

import io.github.quote2invoice.internal.Checks;

/**
 * Identifies one gapless counter: a company's series in one period (one counter row per key).
 *
 * @param company the company the numbers belong to (see {@link Companies#keyOf})
 * @param series the series name, e.g. {@code FA}
 * @param period the period the counter runs in, e.g. {@code 2026}; {@code ALL} for a series never reset
 */
public record SequenceKey(String company, String series, String period) {
    /** Validates presence and lengths (they are database keys). */
    public SequenceKey {
        company = Checks.text(company, "company", 100);
        series = Checks.text(series, "series", 50);
        period = Checks.text(period, "period", 20);
    }
}
