package io.github.quote2invoice.receivable.spi;

import io.github.quote2invoice.internal.Checks;
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
 * ({@code InMemoryStores.ledgerJournal(stores)} does, for in-memory issuing stores).
 */
public final class InMemoryLedgerJournal implements LedgerJournal {
    private final Map<String, List<LedgerEntry>> books = new HashMap<>();
    private final Map<String, Set<String>> keys = new HashMap<>();
    private final Consumer<Runnable> onRollback;

    /** A journal whose writes are never undone. */
    public InMemoryLedgerJournal() {
        this(undo -> { });
    }

    /** @param onRollback receives, after each write, the action that undoes it, to run if the caller's transaction rolls back */
    public InMemoryLedgerJournal(Consumer<Runnable> onRollback) {
        this.onRollback = Checks.required(onRollback, "onRollback");
    }

    @Override
    public synchronized List<LedgerEntry> read(String book, int from) {
        List<LedgerEntry> entries = books.getOrDefault(Checks.text(book, "book", 200), List.of());
        Checks.check(from >= 0, io.github.quote2invoice.error.ErrorCodes.OUT_OF_RANGE, "from", "must not be negative, was " + from);
        return from >= entries.size() ? List.of() : List.copyOf(entries.subList(from, entries.size()));
    }

    @Override
    public synchronized Append append(String book, int at, List<LedgerEntry> entries, Optional<String> key) {
        String b = Checks.text(book, "book", 200);
        List<LedgerEntry> list = Checks.list(entries, "entries");
        Optional<String> k = Checks.optionalText(key, "key");
        if (k.isPresent() && keys.getOrDefault(b, Set.of()).contains(k.get())) {
            return Append.KEY_USED;
        }
        List<LedgerEntry> stored = books.computeIfAbsent(b, x -> new ArrayList<>());
        Checks.check(at >= 0 && at <= stored.size() || list.isEmpty(), io.github.quote2invoice.error.ErrorCodes.OUT_OF_RANGE, "at",
                "book " + b + " has " + stored.size() + " entries; cannot append at " + at);
        if (!list.isEmpty() && at != stored.size()) {
            return Append.POSITION_TAKEN;
        }
        int before = stored.size();
        stored.addAll(list);
        k.ifPresent(v -> keys.computeIfAbsent(b, x -> new HashSet<>()).add(v));
        onRollback.accept(() -> undo(b, before, k));
        return Append.APPENDED;
    }

    private synchronized void undo(String book, int size, Optional<String> key) {
        List<LedgerEntry> stored = books.get(book);
        stored.subList(size, stored.size()).clear();
        key.ifPresent(k -> keys.get(book).remove(k));
    }

    @Override
    public synchronized boolean keyUsed(String book, String key) {
        return keys.getOrDefault(Checks.text(book, "book", 200), Set.of()).contains(Checks.text(key, "key", 300));
    }
}
