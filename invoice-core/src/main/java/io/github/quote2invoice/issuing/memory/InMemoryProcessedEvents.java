package io.github.quote2invoice.issuing.memory;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.issuing.spi.ProcessedEvents;

import java.util.HashSet;
import java.util.Set;

/** Processed idempotency keys in memory; undone when their transaction rolls back. */
public final class InMemoryProcessedEvents implements ProcessedEvents {
    private final InMemoryTransactions transactions;
    private final Set<String> processed = new HashSet<>();

    /** @param transactions the transactions the writes join */
    public InMemoryProcessedEvents(InMemoryTransactions transactions) {
        this.transactions = Checks.required(transactions, "transactions");
    }

    @Override
    public boolean markProcessed(String consumer, String idempotencyKey) {
        String key = Checks.text(consumer, "consumer") + "\n" + Checks.text(idempotencyKey, "idempotencyKey");
        return transactions.inTransaction(() -> {
            if (!processed.add(key)) {
                return false;
            }
            transactions.onRollback(() -> processed.remove(key));
            return true;
        });
    }
}
