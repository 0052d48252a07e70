package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.receivable.contract.LedgerJournalContract;
import io.github.quote2invoice.receivable.spi.LedgerJournal;

/** The JDBC ledger journal on H2 passes the ledger journal contract. */
class H2LedgerJournalContractTest extends LedgerJournalContract {
    @Override
    protected LedgerJournal newJournal() {
        return JdbcStores.ledgerJournal(JdbcStores.create(TestDatabases.h2(), TestDatabases.CODEC));
    }
}
