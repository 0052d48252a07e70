package io.github.quote2invoice.issuing.memory;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.issuing.spi.IssuingStores;
import io.github.quote2invoice.receivable.spi.InMemoryLedgerJournal;
import io.github.quote2invoice.receivable.spi.LedgerJournal;

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

    /**
     * A payment ledger journal whose writes roll back with the transactions of {@code stores} (made by
     * {@link #create}), as the JDBC journal's do with the JDBC stores'.
     *
     * @throws io.github.quote2invoice.error.InvalidValueException {@code INCONSISTENT} when {@code stores} are not in-memory stores
     */
    public static LedgerJournal ledgerJournal(IssuingStores stores) {
        Checks.required(stores, "stores");
        Checks.check(stores.transactions() instanceof InMemoryTransactions, ErrorCodes.INCONSISTENT, "stores",
                "are not in-memory stores (made by InMemoryStores.create)");
        InMemoryTransactions transactions = (InMemoryTransactions) stores.transactions();
        return new InMemoryLedgerJournal(transactions::onRollbackIfActive, transactions);
    }
}
