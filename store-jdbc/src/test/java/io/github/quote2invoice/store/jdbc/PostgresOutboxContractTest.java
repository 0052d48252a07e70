package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.issuing.contract.OutboxContract;
import io.github.quote2invoice.issuing.spi.IssuingStores;

/** The JDBC stores on Postgres pass the Outbox contract. */
class PostgresOutboxContractTest extends OutboxContract {
    @Override
    protected IssuingStores newStores() {
        return JdbcStores.create(TestDatabases.postgres(), TestDatabases.CODEC);
    }
}
