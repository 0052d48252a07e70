package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.issuing.contract.DocumentStoreContract;
import io.github.quote2invoice.issuing.spi.IssuingStores;

/** The JDBC stores on Postgres pass the DocumentStore contract. */
class PostgresDocumentStoreContractTest extends DocumentStoreContract {
    @Override
    protected IssuingStores newStores() {
        return JdbcStores.create(TestDatabases.postgres(), TestDatabases.CODEC);
    }
}
