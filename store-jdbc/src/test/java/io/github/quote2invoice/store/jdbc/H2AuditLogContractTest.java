package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.issuing.contract.AuditLogContract;
import io.github.quote2invoice.issuing.spi.IssuingStores;

/** The JDBC stores on H2 pass the AuditLog contract. */
class H2AuditLogContractTest extends AuditLogContract {
    @Override
    protected IssuingStores newStores() {
        return JdbcStores.create(TestDatabases.h2(), TestDatabases.CODEC);
    }
}
