package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.issuing.contract.DocumentStoreContract;
import io.github.quote2invoice.issuing.spi.IssuingStores;

/** The JDBC stores on H2 pass the DocumentStore contract. */
class H2DocumentStoreContractTest extends DocumentStoreContract {
    @Override
    protected IssuingStores newStores() {
        return JdbcStores.create(TestDatabases.h2(), TestDatabases.CODEC);
    }
}
