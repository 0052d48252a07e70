package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.issuing.contract.InvoiceIssuerContract;
import io.github.quote2invoice.issuing.spi.IssuingStores;

/** The JDBC stores on Postgres pass the InvoiceIssuer contract. */
class PostgresInvoiceIssuerContractTest extends InvoiceIssuerContract {
    @Override
    protected IssuingStores newStores() {
        return JdbcStores.create(TestDatabases.postgres(), TestDatabases.CODEC);
    }
}
