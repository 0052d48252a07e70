package io.github.quote2invoice.payment.spi;

import io.github.quote2invoice.internal.Checks;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link ProcessedEventStore} in memory, for one process (tests, single-instance applications). Thread-safe. */
public final class InMemoryProcessedEventStore implements ProcessedEventStore {
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();

    /** An empty store. */
    public InMemoryProcessedEventStore() {
    }

    @Override
    public boolean claim(String eventId) {
        return claimed.add(Checks.text(eventId, "eventId"));
    }

    @Override
    public void release(String eventId) {
        claimed.remove(eventId);
    }

    @Override
    public boolean isProcessed(String eventId) {
        return claimed.contains(eventId);
    }
}
