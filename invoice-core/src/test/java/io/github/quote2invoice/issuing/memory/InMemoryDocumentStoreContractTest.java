package io.github.quote2invoice.issuing.memory;

import io.github.quote2invoice.issuing.contract.DocumentStoreContract;
import io.github.quote2invoice.issuing.spi.IssuingStores;

/** The in-memory stores pass the DocumentStore contract. */
class InMemoryDocumentStoreContractTest extends DocumentStoreContract {
    @Override
    protected IssuingStores newStores() {
        return InMemoryStores.create();
    }
}
