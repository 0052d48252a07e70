package io.github.quote2invoice.issuing;

/**
 * Receives outbox messages. Delivery is at-least-once: the same message may come again after a crash
 * or a failed commit; wrap a consumer in {@link IdempotentConsumer} to make it take effect once.
 */
@FunctionalInterface
public interface OutboxConsumer {
    /** Handles one message; throwing leaves it (and the rest of the batch) undelivered. */
    void accept(OutboxMessage message);
}
