package io.github.quote2invoice.issuing;

import io.github.quote2invoice.internal.Checks;

import java.time.Instant;

/**
 * A domain event as kept in the outbox and handed to consumers.
 *
 * @param id the outbox position (ascending in write order)
 * @param type the event type, e.g. {@code InvoiceIssued}
 * @param documentId the document the event is about
 * @param idempotencyKey the same for each report of the same fact: consumers de-duplicate on it
 * @param occurredAt when it happened
 * @param payload the event serialized (JSON with the JDBC store)
 */
public record OutboxMessage(long id, String type, String documentId, String idempotencyKey, Instant occurredAt, String payload) {
    /** Validates presence. */
    public OutboxMessage {
        type = Checks.text(type, "type");
        documentId = Checks.text(documentId, "documentId");
        idempotencyKey = Checks.text(idempotencyKey, "idempotencyKey");
        Checks.required(occurredAt, "occurredAt");
        Checks.required(payload, "payload");
    }
}
