package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.issuing.contract.NumberSequenceContract;
import io.github.quote2invoice.issuing.spi.IssuingStores;

/** The JDBC stores on Postgres pass the NumberSequence contract. */
class PostgresNumberSequenceContractTest extends NumberSequenceContract {
    @Override
    protected IssuingStores newStores() {
        return JdbcStores.create(TestDatabases.postgres(), TestDatabases.CODEC);
    }
}
