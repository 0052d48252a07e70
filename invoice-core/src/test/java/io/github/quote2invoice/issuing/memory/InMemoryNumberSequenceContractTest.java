package io.github.quote2invoice.issuing.memory;

import io.github.quote2invoice.issuing.contract.NumberSequenceContract;
import io.github.quote2invoice.issuing.spi.IssuingStores;

/** The in-memory stores pass the NumberSequence contract. */
class InMemoryNumberSequenceContractTest extends NumberSequenceContract {
    @Override
    protected IssuingStores newStores() {
        return InMemoryStores.create();
    }
}
