package io.github.quote2invoice.issuing.memory;

import io.github.quote2invoice.issuing.contract.InvoiceIssuerContract;
import io.github.quote2invoice.issuing.spi.IssuingStores;

/** The in-memory stores pass the InvoiceIssuer contract. */
class InMemoryInvoiceIssuerContractTest extends InvoiceIssuerContract {
    @Override
    protected IssuingStores newStores() {
        return InMemoryStores.create();
    }
}
