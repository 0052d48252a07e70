package io.github.quote2invoice.receivable;

import io.github.quote2invoice.receivable.contract.LedgerJournalContract;
import io.github.quote2invoice.receivable.spi.InMemoryLedgerJournal;
import io.github.quote2invoice.receivable.spi.LedgerJournal;

/** The in-memory journal passes the ledger journal contract. */
class InMemoryLedgerJournalContractTest extends LedgerJournalContract {
    @Override
    protected LedgerJournal newJournal() {
        return new InMemoryLedgerJournal();
    }
}
