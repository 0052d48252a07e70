package io.github.quote2invoice.issuing.memory;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.issuing.ChronologyException;
import io.github.quote2invoice.issuing.SequenceKey;
import io.github.quote2invoice.issuing.spi.NumberSequence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Gapless counters in memory; increments are undone when their transaction rolls back. */
public final class InMemoryNumberSequence implements NumberSequence {
    private final InMemoryTransactions transactions;
    private final Map<SequenceKey, Counter> counters = new HashMap<>();

    private record Counter(long value, LocalDate lastIssueDate) {
    }

    /** @param transactions the transactions the increments join */
    public InMemoryNumberSequence(InMemoryTransactions transactions) {
        this.transactions = Checks.required(transactions, "transactions");
    }

    @Override
    public long next(SequenceKey key, LocalDate issueDate) {
        Checks.required(key, "key");
        Checks.required(issueDate, "issueDate");
        if (!transactions.active()) {
            throw new IllegalStateException("NumberSequence.next must run inside a transaction");
        }
        Counter old = counters.get(key);
        if (old != null && issueDate.isBefore(old.lastIssueDate())) {
            throw new ChronologyException(key, old.lastIssueDate(), issueDate);
        }
        Counter now = new Counter(old == null ? 1 : old.value() + 1, issueDate);
        counters.put(key, now);
        transactions.onRollback(() -> {
            if (old == null) {
                counters.remove(key);
            } else {
                counters.put(key, old);
            }
        });
        return now.value();
    }

    @Override
    public Optional<Long> current(SequenceKey key) {
        return transactions.inTransaction(() -> Optional.ofNullable(counters.get(key)).map(Counter::value));
    }
}
