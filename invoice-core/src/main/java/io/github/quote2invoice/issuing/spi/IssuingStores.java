package io.github.quote2invoice.issuing.spi;

import io.github.quote2invoice.internal.Checks;

/**
 * The ports issuing needs, bound to one transaction boundary. Built by an adapter
 * ({@code InMemoryStores.create()}, {@code JdbcStores.create(dataSource, codec)}).
 *
 * @param transactions the transaction boundary every port below joins
 * @param documents the document store
 * @param numbers the gapless number sequences
 * @param audit the hash-chained audit log
 * @param outbox the outbox
 * @param processedEvents consumers' processed idempotency keys
 * @param shortcut a one-step way to issue on these very stores ({@link IssuingShortcut#NONE} when there is none)
 */
public record IssuingStores(TransactionRunner transactions, DocumentStore documents, NumberSequence numbers, AuditLog audit,
                            Outbox outbox, ProcessedEvents processedEvents, IssuingShortcut shortcut) {
    /** Validates presence. */
    public IssuingStores {
        Checks.required(transactions, "transactions");
        Checks.required(documents, "documents");
        Checks.required(numbers, "numbers");
        Checks.required(audit, "audit");
        Checks.required(outbox, "outbox");
        Checks.required(processedEvents, "processedEvents");
        Checks.required(shortcut, "shortcut");
    }

    /**
     * Stores without a shortcut: issuing goes step by step through these ports (also what to use when
     * replacing one port of a set whose shortcut would bypass it).
     */
    public IssuingStores(TransactionRunner transactions, DocumentStore documents, NumberSequence numbers, AuditLog audit,
                         Outbox outbox, ProcessedEvents processedEvents) {
        this(transactions, documents, numbers, audit, outbox, processedEvents, IssuingShortcut.NONE);
    }
}
