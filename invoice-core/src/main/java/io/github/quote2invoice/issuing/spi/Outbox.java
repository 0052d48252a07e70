package io.github.quote2invoice.issuing.spi;

import io.github.quote2invoice.event.DomainEvent;
import io.github.quote2invoice.issuing.OutboxMessage;

import java.util.List;

/**
 * The transactional outbox: events are written in the same transaction as the change they report, and
 * read later by an {@link io.github.quote2invoice.issuing.OutboxPoller} (at-least-once delivery).
 */
public interface Outbox {
    /** Writes an event in the caller's transaction. */
    void append(DomainEvent event);

    /**
     * Inside a transaction: the oldest undelivered messages, at most {@code max}, locked until the
     * transaction ends; messages locked by another poller are skipped.
     */
    List<OutboxMessage> claim(int max);

    /** Marks messages delivered (in the caller's transaction): they are not claimed again. */
    void markDelivered(List<Long> ids);

    /** How many messages are not delivered yet. */
    long pending();
}
