package io.github.quote2invoice.issuing.memory;

import io.github.quote2invoice.issuing.spi.IssuingStores;

/** Builds a fresh set of in-memory stores sharing one {@link InMemoryTransactions}. */
public final class InMemoryStores {
    private InMemoryStores() {
    }

    /** New, empty in-memory stores. */
    public static IssuingStores create() {
        InMemoryTransactions tx = new InMemoryTransactions();
        return new IssuingStores(tx, new InMemoryDocumentStore(tx), new InMemoryNumberSequence(tx), new InMemoryAuditLog(tx),
                new InMemoryOutbox(tx), new InMemoryProcessedEvents(tx));
    }
}
