package io.github.quote2invoice.issuing.memory;

import io.github.quote2invoice.issuing.contract.AuditedPaymentBookContract;
import io.github.quote2invoice.issuing.spi.IssuingStores;
import io.github.quote2invoice.receivable.spi.LedgerJournal;

/** The in-memory stores and their ledger journal pass the audited payment book contract. */
class InMemoryAuditedPaymentBookContractTest extends AuditedPaymentBookContract {
    private LedgerJournal journal;

    @Override
    protected IssuingStores newStores() {
        IssuingStores stores = InMemoryStores.create();
        journal = InMemoryStores.ledgerJournal(stores);
        return stores;
    }

    @Override
    protected LedgerJournal ledgerJournal(IssuingStores stores) {
        return journal;
    }
}
