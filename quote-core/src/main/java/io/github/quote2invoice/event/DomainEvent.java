package io.github.quote2invoice.event;

import java.time.Instant;

/**
 * Something that happened to a document: returned by every lifecycle step, written to the outbox in
 * the same transaction as the change, published to listeners after commit.
 */
public interface DomainEvent {
    /** The stable event type name, e.g. {@code QuoteAccepted}, {@code InvoiceIssued}. */
    default String type() {
        return getClass().getSimpleName();
    }

    /** The id of the document the event is about. */
    String documentId();

    /** When it happened. */
    Instant occurredAt();

    /**
     * A key that is the same each time the same fact is reported (consumers de-duplicate on it),
     * e.g. {@code QuoteAccepted:<quote id>:<revision>}.
     */
    default String idempotencyKey() {
        return type() + ":" + documentId() + ":" + occurredAt().toEpochMilli();
    }
}
