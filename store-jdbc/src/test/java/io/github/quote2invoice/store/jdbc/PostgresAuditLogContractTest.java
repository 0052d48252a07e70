package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.issuing.contract.AuditLogContract;
import io.github.quote2invoice.issuing.spi.IssuingStores;

/** The JDBC stores on Postgres pass the AuditLog contract. */
class PostgresAuditLogContractTest extends AuditLogContract {
    @Override
    protected IssuingStores newStores() {
        return JdbcStores.create(TestDatabases.postgres(), TestDatabases.CODEC);
    }
}
