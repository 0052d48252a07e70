package io.github.quote2invoice.receivable.spi;

import io.github.quote2invoice.receivable.LedgerEntry;

import java.util.List;
import java.util.Optional;

/**
 * Where the entries of payment ledgers are kept, one append-only sequence per book (a seller's
 * receivables in one currency, e.g. {@code "acme/EUR"}), so that a
 * {@link io.github.quote2invoice.receivable.PaymentBook} survives restarts and several processes share it.
 *
 * <p>Positions make concurrent writers safe without locks: a writer appends at the position after the
 * last entry it has read; when another writer got there first, nothing is written and the writer reads
 * the new entries, re-applies its change and tries again. Keys make a change happen at most once (a
 * payment provider's event id): a key is recorded with the entries it came with, in the same write.
 * Implementations never change or delete an entry or a key.
 */
public interface LedgerJournal {

    /** What became of an {@link #append}. */
    enum Append {
        /** The entries (and the key) were written. */
        APPENDED,
        /** Another writer appended at that position first: nothing was written. */
        POSITION_TAKEN,
        /** The key was recorded before: nothing was written. */
        KEY_USED
    }

    /** The entries of {@code book} from position {@code from} on (0 is the first), oldest first; empty for an unknown book. */
    List<LedgerEntry> read(String book, int from);

    /**
     * Writes {@code entries} at positions {@code at}, {@code at + 1}... of {@code book}, and {@code key}
     * when present, all or nothing. {@code entries} may be empty when only the key is to be recorded.
     */
    Append append(String book, int at, List<LedgerEntry> entries, Optional<String> key);

    /** Whether {@code key} was recorded in {@code book}. */
    boolean keyUsed(String book, String key);
}
