package io.github.quote2invoice.issuing.memory;

import io.github.quote2invoice.issuing.contract.OutboxContract;
import io.github.quote2invoice.issuing.spi.IssuingStores;

/** The in-memory stores pass the Outbox contract. */
class InMemoryOutboxContractTest extends OutboxContract {
    @Override
    protected IssuingStores newStores() {
        return InMemoryStores.create();
    }
}
