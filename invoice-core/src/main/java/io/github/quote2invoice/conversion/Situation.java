package io.github.quote2invoice.conversion;

import io.github.quote2invoice.internal.Checks;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One progress statement (situation de travaux): the cumulative completion of each quote line to date,
 * in percent. A line not listed keeps its earlier completion. The situation bills, per line, the
 * cumulative amount minus what earlier situations billed.
 *
 * @param cumulativePercent quote line id -> completion to date, 0 to 100, at most 4 decimals
 * @param label a title printed on the invoice ("Situation n° 3 - novembre 2026"), optional
 */
public record Situation(Map<String, BigDecimal> cumulativePercent, Optional<String> label) {
    /** Validates and copies the map (keeping its iteration order). */
    public Situation {
        Checks.required(cumulativePercent, "cumulativePercent");
        Checks.check(!cumulativePercent.isEmpty(), io.github.quote2invoice.error.ErrorCodes.REQUIRED, "cumulativePercent",
                "needs at least one line");
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> e : cumulativePercent.entrySet()) {
            String line = Checks.text(e.getKey(), "cumulativePercent.key", 50);
            String path = "cumulativePercent[" + line + "]";
            copy.put(line, Checks.maxScale(Checks.percent(e.getValue(), path), 4, path));
        }
        cumulativePercent = java.util.Collections.unmodifiableMap(copy);
        label = Checks.optionalText(label, "label");
    }

    /** A situation without label. */
    public static Situation of(Map<String, BigDecimal> cumulativePercent) {
        return new Situation(cumulativePercent, Optional.empty());
    }
}
