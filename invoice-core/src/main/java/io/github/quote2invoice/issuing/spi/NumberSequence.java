package io.github.quote2invoice.issuing.spi;

import io.github.quote2invoice.issuing.ChronologyException;
import io.github.quote2invoice.issuing.SequenceKey;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Gapless counters, one per {@link SequenceKey}. {@link #next} must be called inside a transaction of the
 * same {@link TransactionRunner}: the increment is part of it, so a rolled-back transaction gives its
 * number back and the next caller gets it (no gap); concurrent callers are serialized on the counter
 * (no duplicate). The counter also remembers the latest issue date it handed a number to, so that a later
 * number never carries an earlier date.
 */
public interface NumberSequence {
    /**
     * Takes the next number of {@code key} (1 for a new key) for a document dated {@code issueDate}.
     *
     * @throws ChronologyException when {@code issueDate} is before the date of the number last taken
     */
    long next(SequenceKey key, LocalDate issueDate);

    /** The last number taken (committed, or taken in the current transaction), empty when none. */
    Optional<Long> current(SequenceKey key);
}
