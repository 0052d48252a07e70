package io.github.quote2invoice.issuing.memory;

import io.github.quote2invoice.issuing.spi.TransactionRunner;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Transactions for the in-memory stores: one at a time (a fair lock serializes them, which also makes
 * every counter and chain append race-free), each with an undo log that a failure replays newest first,
 * so a rolled-back transaction leaves nothing behind.
 */
public final class InMemoryTransactions implements TransactionRunner {
    private final ReentrantLock lock = new ReentrantLock(true);
    private final ThreadLocal<Deque<Runnable>> undo = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (undo.get() != null) {
            return work.get();
        }
        lock.lock();
        Deque<Runnable> log = new ArrayDeque<>();
        undo.set(log);
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            while (!log.isEmpty()) {
                log.pop().run();
            }
            throw e;
        } finally {
            undo.remove();
            lock.unlock();
        }
    }

    /** Registers how to undo a write made in the current transaction. */
    void onRollback(Runnable undoAction) {
        Deque<Runnable> log = undo.get();
        if (log == null) {
            throw new IllegalStateException("in-memory stores write inside InMemoryTransactions.inTransaction only");
        }
        log.push(undoAction);
    }

    /** {@link #onRollback} when the calling thread is inside a transaction; nothing otherwise (a write that commits at once). */
    void onRollbackIfActive(Runnable undoAction) {
        Deque<Runnable> log = undo.get();
        if (log != null) {
            log.push(undoAction);
        }
    }

    /** True when the calling thread is inside a transaction. */
    boolean active() {
        return undo.get() != null;
    }
}
