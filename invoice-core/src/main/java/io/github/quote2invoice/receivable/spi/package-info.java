/**
 * Ports of the receivable side: where a {@link io.github.quote2invoice.receivable.PaymentLedger}'s entries
 * are kept ({@link io.github.quote2invoice.receivable.spi.LedgerJournal}), with an in-memory implementation for
 * tests and trials; {@code store-jdbc} implements it on PostgreSQL and H2.
 */
package io.github.quote2invoice.receivable.spi;
