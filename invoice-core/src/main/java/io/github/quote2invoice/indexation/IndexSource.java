package io.github.quote2invoice.indexation;

import java.time.YearMonth;
import java.util.Optional;

/** Port: where published index values come from (an in-memory table, a CSV of INSEE series, an API). */
@FunctionalInterface
public interface IndexSource {
    /** The latest known value of {@code series} for {@code month} (final if published, else provisional). */
    Optional<IndexValue> find(String series, YearMonth month);
}
