package io.github.quote2invoice.issuing.spi;

import io.github.quote2invoice.event.DomainEvent;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.issuing.AuditEntry;
import io.github.quote2invoice.issuing.NumberingSeries;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything issuing one draft writes, described before its number is known, as the
 * {@code InvoiceIssuer} defines it: the issued invoice, the audit entries and the outbox events, each as
 * a function of the number (and of the stored document's digest). The issuer's step-by-step path and an
 * {@link IssuingShortcut} both build their writes from it, so both write the same.
 */
public interface IssueStep {
    /** The company key the invoice, its number and its audit records belong to. */
    String company();

    /** The draft to issue. */
    Invoice draft();

    /** The issue date (the counter's chronology is checked against it). */
    LocalDate issueDate();

    /** The series the number is taken from; its counter key is {@code series().keyFor(company(), issueDate())}. */
    NumberingSeries series();

    /** The draft issued under {@code number} on {@link #issueDate()}. */
    Invoice issued(String number);

    /**
     * The audit entries appended, in order, for {@code issued} stored as a document whose digest is
     * {@code documentDigest}.
     */
    List<AuditEntry> auditEntries(Invoice issued, String documentDigest);

    /** The events written to the outbox, in order, for {@code issued}. */
    List<DomainEvent> events(Invoice issued);
}
