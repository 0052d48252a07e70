package io.github.quote2invoice.issuing.spi;

/**
 * Consumer-side de-duplication: remembers which idempotency keys each consumer has processed, so that an
 * event delivered twice (at-least-once) takes effect once.
 */
public interface ProcessedEvents {
    /**
     * Records that {@code consumer} processes {@code idempotencyKey}, in the caller's transaction.
     *
     * @return true the first time; false when already recorded (the event must be skipped)
     */
    boolean markProcessed(String consumer, String idempotencyKey);
}
