package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.issuing.contract.NumberSequenceContract;
import io.github.quote2invoice.issuing.spi.IssuingStores;

/** The JDBC stores on H2 pass the NumberSequence contract. */
class H2NumberSequenceContractTest extends NumberSequenceContract {
    @Override
    protected IssuingStores newStores() {
        return JdbcStores.create(TestDatabases.h2(), TestDatabases.CODEC);
    }
}
