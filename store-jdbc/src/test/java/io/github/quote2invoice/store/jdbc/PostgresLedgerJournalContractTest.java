package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.receivable.contract.LedgerJournalContract;
import io.github.quote2invoice.receivable.spi.LedgerJournal;

/** The JDBC ledger journal on Postgres passes the ledger journal contract. */
class PostgresLedgerJournalContractTest extends LedgerJournalContract {
    @Override
    protected LedgerJournal newJournal() {
        return JdbcStores.ledgerJournal(JdbcStores.create(TestDatabases.postgres(), TestDatabases.CODEC));
    }
}
