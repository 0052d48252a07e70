package io.github.quote2invoice.receivable;

import io.github.quote2invoice.internal.Checks;

import java.util.List;

/**
 * One update of a {@link PaymentBook}: the ledger the change was applied to (after reading what other
 * processes had appended) and the ledger it made.
 *
 * @param before the ledger the change was given
 * @param after the ledger the change returned, derived from {@code before}
 */
public record BookUpdate(PaymentLedger before, PaymentLedger after) {
    /** Validates. */
    public BookUpdate {
        Checks.required(before, "before");
        Checks.required(after, "after");
    }

    /** The entries the change added, oldest first. */
    public List<LedgerEntry> entries() {
        return after.entriesAfter(before.entryCount());
    }
}
