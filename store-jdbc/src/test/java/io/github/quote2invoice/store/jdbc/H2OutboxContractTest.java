package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.issuing.contract.OutboxContract;
import io.github.quote2invoice.issuing.spi.IssuingStores;

/** The JDBC stores on H2 pass the Outbox contract. */
class H2OutboxContractTest extends OutboxContract {
    @Override
    protected IssuingStores newStores() {
        return JdbcStores.create(TestDatabases.h2(), TestDatabases.CODEC);
    }
}
