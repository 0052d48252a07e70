package io.github.quote2invoice.issuing;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.issuing.spi.ProcessedEvents;
import io.github.quote2invoice.issuing.spi.TransactionRunner;

/**
 * A consumer that skips messages whose idempotency key it has already processed. The key is recorded in
 * the same transaction as the delegate's work (when the delegate writes through the same
 * {@link TransactionRunner}), so each fact takes effect exactly once even though delivery is at-least-once.
 */
public final class IdempotentConsumer implements OutboxConsumer {
    private final TransactionRunner transactions;
    private final ProcessedEvents processed;
    private final String name;
    private final OutboxConsumer delegate;

    /**
     * @param transactions the transaction boundary of {@code processed}
     * @param processed where processed keys are kept
     * @param name the consumer's stable name (keys are per consumer)
     * @param delegate the real consumer
     */
    public IdempotentConsumer(TransactionRunner transactions, ProcessedEvents processed, String name, OutboxConsumer delegate) {
        this.transactions = Checks.required(transactions, "transactions");
        this.processed = Checks.required(processed, "processed");
        this.name = Checks.text(name, "name", 100);
        this.delegate = Checks.required(delegate, "delegate");
    }

    @Override
    public void accept(OutboxMessage message) {
        transactions.run(() -> {
            if (processed.markProcessed(name, message.idempotencyKey())) {
                delegate.accept(message);
            }
        });
    }
}
