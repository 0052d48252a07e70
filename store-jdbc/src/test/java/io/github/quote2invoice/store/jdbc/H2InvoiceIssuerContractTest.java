package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.issuing.contract.InvoiceIssuerContract;
import io.github.quote2invoice.issuing.spi.IssuingStores;

/** The JDBC stores on H2 pass the InvoiceIssuer contract. */
class H2InvoiceIssuerContractTest extends InvoiceIssuerContract {
    @Override
    protected IssuingStores newStores() {
        return JdbcStores.create(TestDatabases.h2(), TestDatabases.CODEC);
    }
}
