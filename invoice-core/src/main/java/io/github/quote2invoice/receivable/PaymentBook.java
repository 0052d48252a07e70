package io.github.quote2invoice.receivable;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.receivable.spi.InMemoryLedgerJournal;
import io.github.quote2invoice.receivable.spi.LedgerJournal;

import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The current {@link PaymentLedger}, shared by the threads that record payments (webhooks, bank
 * statement imports, users). Two concurrent changes never overwrite each other; readers get the latest
 * ledger without waiting. A ledger rejected by an update (an exception) leaves the book unchanged.
 *
 * <p>A book made with {@link #open} keeps its ledger in a {@link LedgerJournal} (a database with
 * {@code store-jdbc}): every update writes the entries it adds before it returns, so nothing recorded is
 * lost with the process, and several processes (and threads) can update the same book. Each update first
 * reads what the others appended, applies its change to that, and writes at the next position; when
 * another writer wrote there first, it reads again and re-applies the change. Changes must therefore be
 * functions of the ledger they are given, with no side effect. No lock of this object is held while the
 * journal is read or written, so an update may join a caller's transaction that updates the book again
 * or waits on another writer. Before building on what it holds, a book checks that the journal's chain
 * digest at its last entry is its own ({@link LedgerChain}): an update whose transaction was rolled back
 * afterwards, with other entries written in its place since, is dropped and the ledger read again.
 *
 * <p>{@link #update(String, UnaryOperator)} applies a change at most once per key (a payment
 * provider's event id), the key written in the same write as the change's entries.
 */
public final class PaymentBook implements LedgerUpdater {
    /** Attempts before an update gives up when other writers keep appending first. */
    static final int MAX_ATTEMPTS = 100;

    private final LedgerJournal journal;
    private final String name;
    private volatile PaymentLedger ledger;

    /**
     * A book in memory, starting from {@code initial}: gone with the process. It works as a kept book
     * does, on an {@link InMemoryLedgerJournal} of its own holding {@code initial}'s entries.
     */
    public PaymentBook(PaymentLedger initial) {
        this(new InMemoryLedgerJournal(), "memory", Checks.required(initial, "initial"));
        journal.append(name, 0, LedgerChain.START, initial.entries(), Optional.empty());
    }

    private PaymentBook(LedgerJournal journal, String name, PaymentLedger ledger) {
        this.journal = journal;
        this.name = name;
        this.ledger = ledger;
    }

    /**
     * The book {@code name} (for instance the seller and the currency, {@code "acme/EUR"}) kept in
     * {@code journal}, with the ledger its stored entries make.
     *
     * @throws PaymentLedgerException when a stored entry is refused by the ledger's rules (path {@code entries[i]})
     */
    public static PaymentBook open(LedgerJournal journal, String name, Currency currency) {
        Checks.required(journal, "journal");
        String n = Checks.text(name, "name", 200);
        return new PaymentBook(journal, n, PaymentLedger.replay(currency, journal.read(n, 0)));
    }

    /**
     * The current ledger (immutable). For a book kept in a journal: as of this process's last read or
     * update ({@link #refresh()} reads what other processes appended since); an update made inside a
     * caller's transaction shows here at once, and the next read drops it again if that transaction was
     * rolled back.
     */
    public PaymentLedger current() {
        return ledger;
    }

    /**
     * Reads what other processes appended to the journal since (and drops what a rolled-back transaction
     * did not keep), and returns the ledger with it.
     */
    public PaymentLedger refresh() {
        return caughtUp();
    }

    /**
     * Replaces the ledger by {@code change} applied to it, atomically with respect to other updates
     * (of this process, and of other processes for a book kept in a journal).
     *
     * @return the new ledger
     * @throws RuntimeException whatever {@code change} throws; the book is then unchanged
     */
    public PaymentLedger update(UnaryOperator<PaymentLedger> change) {
        return change(change).after();
    }

    /**
     * {@link #update(UnaryOperator)} at most once for {@code key}: when the key was used before (by this
     * book, whichever process), nothing changes and the result is empty. The key is recorded with the
     * change's entries, even when the change adds none.
     */
    @Override
    public Optional<PaymentLedger> update(String key, UnaryOperator<PaymentLedger> change) {
        return change(key, change).map(BookUpdate::after);
    }

    /** {@link #update(UnaryOperator)}, telling also which ledger the change was applied to. */
    public BookUpdate change(UnaryOperator<PaymentLedger> change) {
        return apply(null, Checks.required(change, "change")).orElseThrow();
    }

    /** {@link #update(String, UnaryOperator)}, telling also which ledger the change was applied to. */
    public Optional<BookUpdate> change(String key, UnaryOperator<PaymentLedger> change) {
        return apply(Checks.text(key, "key", 300), Checks.required(change, "change"));
    }

    /**
     * Whether this book's writes join the transactions of {@code transactions} (an issuing store's
     * {@code transactions()}), so that they roll back with them: true for a book opened on
     * {@code JdbcStores.ledgerJournal(stores)} or {@code InMemoryStores.ledgerJournal(stores)}.
     */
    public boolean joins(Object transactions) {
        return journal.joins(transactions);
    }

    /** Whether {@code key} was used by an update of this book. */
    public boolean keyUsed(String key) {
        return journal.keyUsed(name, Checks.text(key, "key", 300));
    }

    private Optional<BookUpdate> apply(String key, UnaryOperator<PaymentLedger> change) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            PaymentLedger base = caughtUp();
            if (key != null && journal.keyUsed(name, key)) {
                return Optional.empty();
            }
            PaymentLedger next = derived(base, change);
            List<LedgerEntry> added = next.entriesAfter(base.entryCount());
            if (added.isEmpty() && key == null) {
                return Optional.of(new BookUpdate(base, next));
            }
            switch (journal.append(name, base.entryCount(), base.chainDigest(), added, Optional.ofNullable(key))) {
                case APPENDED:
                    ledger = next;
                    return Optional.of(new BookUpdate(base, next));
                case KEY_USED:
                    return Optional.empty();
                default:
                    // another writer appended first: read its entries and apply the change again
            }
        }
        throw new PaymentLedgerException(PaymentLedgerException.CONCURRENT_UPDATES, "", "book " + name + ": other writers appended first "
                + MAX_ATTEMPTS + " times in a row; nothing was written");
    }

    /** {@code change} applied to {@code base}, which must come out of the ledger's own operations. */
    private static PaymentLedger derived(PaymentLedger base, UnaryOperator<PaymentLedger> change) {
        PaymentLedger next = Checks.required(change.apply(base), "ledger");
        if (!next.descendsFrom(base)) {
            throw new InvalidValueException(ErrorCodes.INCONSISTENT, "change", "returned a ledger not derived from the one it was given: "
                    + "apply the ledger's operations to it instead of building another");
        }
        return next;
    }

    /**
     * The ledger with what others appended since this book's last read, which becomes the book's. When
     * the journal's chain digest at the book's last entry is not the book's own (an update of this book
     * joined a transaction that was rolled back afterwards), the ledger is read again from the start.
     */
    private PaymentLedger caughtUp() {
        PaymentLedger base = ledger;
        int known = base.entryCount();
        PaymentLedger fresh;
        if (known > 0 && !journal.chainAt(name, known - 1).equals(Optional.of(base.chainDigest()))) {
            fresh = PaymentLedger.replay(base.currency(), journal.read(name, 0));
        } else {
            fresh = base.extend(journal.read(name, known));
        }
        ledger = fresh;
        return fresh;
    }
}
