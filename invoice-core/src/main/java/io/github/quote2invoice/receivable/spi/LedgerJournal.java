package io.github.quote2invoice.receivable.spi;

import io.github.quote2invoice.receivable.LedgerEntry;

import java.util.List;
import java.util.Optional;

/**
 * Where the entries of payment ledgers are kept, one append-only sequence per book (a seller's
 * receivables in one currency, e.g. {@code "acme/EUR"}), so that a
 * {@link io.github.quote2invoice.receivable.PaymentBook} survives restarts and several processes share it.
 *
 * <p>Appends to one book are serialized: a writer appends at the position after the last entry it has
 * read, and when another writer got there first, nothing is written; the writer reads the new entries,
 * re-applies its change and tries again. This holds for appends that only record a key too, so a change
 * that added nothing on an old ledger is tried again on the new one. Keys make a change happen at most
 * once (a payment provider's event id): a key is recorded with the entries it came with, in the same
 * write. With each entry the journal keeps the ledger's chain digest after it
 * ({@link io.github.quote2invoice.receivable.LedgerChain}), so a book can check with one value that its
 * history is still the journal's. Implementations never change or delete an entry or a key.
 */
public interface LedgerJournal {

    /** What became of an {@link #append}. */
    enum Append {
        /** The entries (and the key) were written. */
        APPENDED,
        /** The book is no longer where the writer read it (another writer appended first). Nothing was written. */
        POSITION_TAKEN,
        /** The key was recorded before: nothing was written. */
        KEY_USED
    }

    /** The entries of {@code book} from position {@code from} on (0 is the first), oldest first; empty for an unknown book. */
    List<LedgerEntry> read(String book, int from);

    /** The chain digest stored with the entry at {@code position} of {@code book}; empty when there is none. */
    Optional<String> chainAt(String book, int position);

    /**
     * Writes {@code entries} at positions {@code at}, {@code at + 1}... of {@code book}, and {@code key}
     * when present, all or nothing, when the book has exactly {@code at} entries and its chain digest
     * after them is {@code chainBefore} ({@link io.github.quote2invoice.receivable.LedgerChain#START} for
     * an empty book): the entries are written after the history they were computed from, or not at all.
     * {@code entries} may be empty when only the key is to be recorded.
     *
     * @return {@code POSITION_TAKEN} when the book has another number of entries or another history
     * @throws io.github.quote2invoice.error.InvalidValueException {@code OUT_OF_RANGE} when {@code at} is beyond the book's end
     */
    Append append(String book, int at, String chainBefore, List<LedgerEntry> entries, Optional<String> key);

    /** Whether {@code key} was recorded in {@code book}. */
    boolean keyUsed(String book, String key);

    /**
     * Whether this journal's writes join the transactions of {@code transactions} (an issuing store's
     * {@code transactions()}), so that they roll back with what those transactions write. False unless
     * an implementation knows it: a journal of its own does not.
     */
    default boolean joins(Object transactions) {
        return false;
    }
}
