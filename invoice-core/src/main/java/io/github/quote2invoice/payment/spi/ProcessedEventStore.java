package io.github.quote2invoice.payment.spi;

/**
 * Remembers which provider events were processed, so that each is processed at most once even when
 * the provider delivers it again, or many times at once. Implementations must make {@link #claim}
 * atomic across threads (and, for a shared store, across processes: a unique key in a table).
 */
public interface ProcessedEventStore {

    /**
     * Claims {@code eventId} for processing.
     *
     * @return true for the one caller that gets it; false when it was claimed before
     */
    boolean claim(String eventId);

    /** Gives a claim back after processing failed, so a later delivery can try again. */
    void release(String eventId);

    /** True when {@code eventId} has been claimed and not released. */
    boolean isProcessed(String eventId);
}
