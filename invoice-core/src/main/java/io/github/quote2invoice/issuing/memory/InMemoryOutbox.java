package io.github.quote2invoice.issuing.memory;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.event.DomainEvent;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.issuing.OutboxMessage;
import io.github.quote2invoice.issuing.spi.Outbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The outbox in memory. Messages keep their event serialized by the given writer ({@code String.valueOf}
 * by default); appends and deliveries are undone when their transaction rolls back.
 */
public final class InMemoryOutbox implements Outbox {
    private final InMemoryTransactions transactions;
    private final Function<DomainEvent, String> payloadWriter;
    private final List<OutboxMessage> messages = new ArrayList<>();
    private final Set<Long> delivered = new HashSet<>();

    /** @param transactions the transactions the writes join */
    public InMemoryOutbox(InMemoryTransactions transactions) {
        this(transactions, String::valueOf);
    }

    /**
     * @param transactions the transactions the writes join
     * @param payloadWriter turns an event into the message's payload
     */
    public InMemoryOutbox(InMemoryTransactions transactions, Function<DomainEvent, String> payloadWriter) {
        this.transactions = Checks.required(transactions, "transactions");
        this.payloadWriter = Checks.required(payloadWriter, "payloadWriter");
    }

    @Override
    public void append(DomainEvent event) {
        Checks.required(event, "event");
        transactions.run(() -> {
            OutboxMessage m = new OutboxMessage(messages.size() + 1L, event.type(), event.documentId(), event.idempotencyKey(),
                    event.occurredAt(), payloadWriter.apply(event));
            messages.add(m);
            transactions.onRollback(() -> messages.remove(messages.size() - 1));
        });
    }

    @Override
    public List<OutboxMessage> claim(int max) {
        Checks.check(max >= 1, ErrorCodes.OUT_OF_RANGE, "max", "must be at least 1, was " + max);
        return transactions.inTransaction(() -> {
            List<OutboxMessage> batch = new ArrayList<>();
            for (OutboxMessage m : messages) {
                if (batch.size() == max) {
                    break;
                }
                if (!delivered.contains(m.id())) {
                    batch.add(m);
                }
            }
            return batch;
        });
    }

    @Override
    public void markDelivered(List<Long> ids) {
        List<Long> all = Checks.list(ids, "ids");
        transactions.run(() -> {
            for (Long id : all) {
                if (delivered.add(id)) {
                    transactions.onRollback(() -> delivered.remove(id));
                }
            }
        });
    }

    @Override
    public long pending() {
        return transactions.inTransaction(() -> (long) (messages.size() - delivered.size()));
    }
}
