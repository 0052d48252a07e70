/**
 * The storage ports of issuing: a transaction boundary, the document store, gapless number sequences,
 * the hash-chained audit log, the outbox and the consumers' processed-event keys, and an optional
 * one-step way to issue ({@link io.github.quote2invoice.issuing.spi.IssuingShortcut}). Adapters (the
 * in-memory ones in {@code issuing.memory}, the JDBC ones in {@code store-jdbc}) implement them and pass
 * the same contract test suite.
 */
package io.github.quote2invoice.issuing.spi;
