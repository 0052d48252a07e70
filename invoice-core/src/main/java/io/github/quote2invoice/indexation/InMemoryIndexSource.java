package io.github.quote2invoice.indexation;

import io.github.quote2invoice.internal.Checks;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link IndexSource} holding its values in memory. Immutable and thread-safe: {@link #with} returns
 * a new source. When two values share series and month, the later one wins: adding the final value
 * replaces the provisional one.
 */
public final class InMemoryIndexSource implements IndexSource {
    private final Map<String, IndexValue> values;

    private InMemoryIndexSource(Map<String, IndexValue> values) {
        this.values = values;
    }

    /** A source with these values (later ones replace earlier ones of the same series and month). */
    public static InMemoryIndexSource of(Collection<IndexValue> values) {
        return new InMemoryIndexSource(Map.of()).with(values);
    }

    /** A source with these values. */
    public static InMemoryIndexSource of(IndexValue... values) {
        return of(List.of(values));
    }

    /** A new source with {@code more} added (replacing values of the same series and month). */
    public InMemoryIndexSource with(Collection<IndexValue> more) {
        Checks.required(more, "values");
        Map<String, IndexValue> copy = new LinkedHashMap<>(values);
        for (IndexValue v : Checks.list(new ArrayList<>(more), "values")) {
            copy.put(key(v.series(), v.month()), v);
        }
        return new InMemoryIndexSource(java.util.Collections.unmodifiableMap(copy));
    }

    /** A new source with {@code more} added. */
    public InMemoryIndexSource with(IndexValue... more) {
        return with(List.of(more));
    }

    @Override
    public Optional<IndexValue> find(String series, YearMonth month) {
        return Optional.ofNullable(values.get(key(series, month)));
    }

    /** Every value, in order of first insertion. */
    public List<IndexValue> values() {
        return List.copyOf(values.values());
    }

    private static String key(String series, YearMonth month) {
        return series + "|" + month;
    }
}
