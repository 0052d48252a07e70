package io.github.quote2invoice.receivable.spi;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.receivable.LedgerChain;
import io.github.quote2invoice.receivable.LedgerEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A {@link LedgerJournal} in memory, for tests and trials: gone with the process. Thread-safe. To
 * roll its writes back with a transaction, give it where to register the undo of each write
 * ({@code InMemoryStores.ledgerJournal(stores)} does, for in-memory issuing stores, whose transactions
 * run one at a time). Writes made outside any transaction while one is open are not isolated from it:
 * undoing the transaction's entries drops what was appended on top of them.
 */
public final class InMemoryLedgerJournal implements LedgerJournal {
    private record Book(List<LedgerEntry> entries, List<String> chains, Set<String> keys) {
    }

    private final Map<String, Book> books = new HashMap<>();
    private final Consumer<Runnable> onRollback;
    /** The transactions whose rollbacks {@link #onRollback} follows, or null. */
    private final Object joined;

    /** A journal whose writes are never undone. */
    public InMemoryLedgerJournal() {
        this(undo -> { });
    }

    /** @param onRollback receives, after each write, the action that undoes it, to run if the caller's transaction rolls back */
    public InMemoryLedgerJournal(Consumer<Runnable> onRollback) {
        this(onRollback, null);
    }

    /**
     * @param onRollback receives, after each write, the action that undoes it, to run if the caller's transaction rolls back
     * @param joined the transactions {@code onRollback} belongs to (what {@link #joins} answers for), or null
     */
    public InMemoryLedgerJournal(Consumer<Runnable> onRollback, Object joined) {
        this.onRollback = Checks.required(onRollback, "onRollback");
        this.joined = joined;
    }

    @Override
    public boolean joins(Object transactions) {
        return joined != null && joined == transactions;
    }

    private Book book(String name) {
        return books.computeIfAbsent(Checks.text(name, "book", 200), n -> new Book(new ArrayList<>(), new ArrayList<>(), new HashSet<>()));
    }

    @Override
    public synchronized List<LedgerEntry> read(String book, int from) {
        Checks.check(from >= 0, ErrorCodes.OUT_OF_RANGE, "from", "must not be negative, was " + from);
        List<LedgerEntry> entries = book(book).entries();
        return from >= entries.size() ? List.of() : List.copyOf(entries.subList(from, entries.size()));
    }

    @Override
    public synchronized Optional<String> chainAt(String book, int position) {
        List<String> chains = book(book).chains();
        return position >= 0 && position < chains.size() ? Optional.of(chains.get(position)) : Optional.empty();
    }

    @Override
    public synchronized Append append(String book, int at, String chainBefore, List<LedgerEntry> entries, Optional<String> key) {
        Book b = book(book);
        List<LedgerEntry> list = Checks.list(entries, "entries");
        Optional<String> k = Checks.optionalText(key, "key");
        if (k.isPresent() && b.keys().contains(k.get())) {
            return Append.KEY_USED;
        }
        int size = b.entries().size();
        Checks.check(at >= 0 && at <= size, ErrorCodes.OUT_OF_RANGE, "at", "book " + book + " has " + size + " entries; cannot append at " + at);
        String chain = size == 0 ? LedgerChain.START : b.chains().get(size - 1);
        if (at != size || !chain.equals(Checks.required(chainBefore, "chainBefore"))) {
            return Append.POSITION_TAKEN;
        }
        for (LedgerEntry e : list) {
            chain = LedgerChain.next(chain, e);
            b.entries().add(e);
            b.chains().add(chain);
        }
        k.ifPresent(b.keys()::add);
        onRollback.accept(() -> undo(b, size, k));
        return Append.APPENDED;
    }

    private synchronized void undo(Book b, int size, Optional<String> key) {
        b.entries().subList(size, b.entries().size()).clear();
        b.chains().subList(size, b.chains().size()).clear();
        key.ifPresent(b.keys()::remove);
    }

    @Override
    public synchronized boolean keyUsed(String book, String key) {
        return book(book).keys().contains(Checks.text(key, "key", 300));
    }
}
