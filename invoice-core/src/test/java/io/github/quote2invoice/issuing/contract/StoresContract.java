package io.github.quote2invoice.issuing.contract;

import io.github.quote2invoice.issuing.OutboxMessage;
import io.github.quote2invoice.issuing.OutboxPoller;
import io.github.quote2invoice.issuing.spi.IssuingStores;
import io.github.quote2invoice.testing.IssuingSamples;
import org.junit.jupiter.api.BeforeEach;

import java.util.ArrayList;
import java.util.List;

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

    /** Delivers the whole outbox and keeps the messages about {@code documentIds}. */
    protected List<OutboxMessage> outboxAbout(String... documentIds) {
        List<String> ids = List.of(documentIds);
        List<OutboxMessage> mine = new ArrayList<>();
        new OutboxPoller(stores.transactions(), stores.outbox(), m -> {
            if (ids.contains(m.documentId())) {
                mine.add(m);
            }
        }, 500).drain();
        return mine;
    }
}
