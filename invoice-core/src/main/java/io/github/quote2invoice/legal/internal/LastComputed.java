package io.github.quote2invoice.legal.internal;

import java.util.function.Function;

/**
 * A one-entry cache: the value computed for the last key, reused while the next key is equal. A
 * business issues under one identity and a handful of payment terms, so the mentions built from them
 * (seller identity, late-payment texts) are the same text invoice after invoice; rebuilding them was
 * a third of the legal rules' cost. Thread-safe: the entry is one immutable pair, replaced whole.
 * Not API.
 *
 * @param <K> the key (a value type with a proper {@code equals})
 * @param <V> the value computed from it (immutable)
 */
public final class LastComputed<K, V> {
    private final Function<K, V> compute;
    private volatile Entry<K, V> last;

    /** @param compute the pure function whose last result is kept */
    public LastComputed(Function<K, V> compute) {
        this.compute = compute;
    }

    /** {@code compute(key)}, from the cache when the last key equals this one. */
    public V get(K key) {
        Entry<K, V> e = last;
        if (e != null && (e.key == key || e.key.equals(key))) {
            return e.value;
        }
        V value = compute.apply(key);
        last = new Entry<>(key, value);
        return value;
    }

    private record Entry<K, V>(K key, V value) {
    }
}
