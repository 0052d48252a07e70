package io.github.quote2invoice.issuing;

import io.github.quote2invoice.internal.Checks;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What is appended to the audit log: who did what to which document, when, and the digest of the
 * document as stored at that moment.
 *
 * @param company the company whose chain the entry joins
 * @param documentType quote, invoice or payment
 * @param documentId the document's id
 * @param action the lifecycle step
 * @param actor who did it (a user id, "system", a gateway)
 * @param occurredAt when; truncated to microseconds (what databases keep), so the digest survives a round trip
 * @param documentDigest SHA-256 of the stored document (see {@link StoredDocument#digest()})
 * @param details more facts, e.g. the number issued or an override's reason; may be empty, never null
 */
public record AuditEntry(String company, DocumentType documentType, String documentId, AuditAction action, String actor,
                         Instant occurredAt, String documentDigest, String details) {
    /** Validates presence and lengths. */
    public AuditEntry {
        company = Checks.text(company, "company", 100);
        Checks.required(documentType, "documentType");
        documentId = Checks.text(documentId, "documentId", 100);
        Checks.required(action, "action");
        actor = Checks.text(actor, "actor", 200);
        occurredAt = Checks.required(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
        documentDigest = Checks.text(documentDigest, "documentDigest", 64);
        details = details == null ? "" : details;
    }
}
