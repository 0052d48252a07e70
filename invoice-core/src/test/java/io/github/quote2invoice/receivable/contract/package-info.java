/** The contract suite every {@link io.github.quote2invoice.receivable.spi.LedgerJournal} implementation passes. */
package io.github.quote2invoice.receivable.contract;
