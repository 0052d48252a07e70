package io.github.quote2invoice.issuing.memory;

import io.github.quote2invoice.issuing.contract.AuditLogContract;
import io.github.quote2invoice.issuing.spi.IssuingStores;

/** The in-memory stores pass the AuditLog contract. */
class InMemoryAuditLogContractTest extends AuditLogContract {
    @Override
    protected IssuingStores newStores() {
        return InMemoryStores.create();
    }
}
