package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.issuing.contract.AuditedPaymentBookContract;
import io.github.quote2invoice.issuing.spi.IssuingStores;
import io.github.quote2invoice.receivable.spi.LedgerJournal;

/** The JDBC stores on H2 and their ledger journal pass the audited payment book contract. */
class H2AuditedPaymentBookContractTest extends AuditedPaymentBookContract {
    @Override
    protected IssuingStores newStores() {
        return JdbcStores.create(TestDatabases.h2(), TestDatabases.CODEC);
    }

    @Override
    protected LedgerJournal ledgerJournal(IssuingStores stores) {
        return JdbcStores.ledgerJournal(stores);
    }
}
