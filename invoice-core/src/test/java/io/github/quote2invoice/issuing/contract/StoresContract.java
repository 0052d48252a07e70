package io.github.quote2invoice.issuing.contract;

import io.github.quote2invoice.issuing.spi.IssuingStores;
import io.github.quote2invoice.testing.IssuingSamples;
import org.junit.jupiter.api.BeforeEach;

/** Base of the contract suites: fresh stores and a unique company key for each test. */
public abstract class StoresContract {
    /** The stores under test. */
    protected IssuingStores stores;
    /** A company key no other test uses. */
    protected String company;

    /** Stores for one test; they may share data with other tests, which use other ids. */
    protected abstract IssuingStores newStores();

    @BeforeEach
    void createStores() {
        stores = newStores();
        company = IssuingSamples.uniqueId("co");
    }
}
