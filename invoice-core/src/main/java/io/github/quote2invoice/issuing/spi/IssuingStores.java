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
 */
public record IssuingStores(TransactionRunner transactions, DocumentStore documents, NumberSequence numbers, AuditLog audit,
                            Outbox outbox, ProcessedEvents processedEvents) {
    /** Validates presence. */
    public IssuingStores {
        Checks.required(transactions, "transactions");
        Checks.required(documents, "documents");
        Checks.required(numbers, "numbers");
        Checks.required(audit, "audit");
        Checks.required(outbox, "outbox");
        Checks.required(processedEvents, "processedEvents");
    }
}
