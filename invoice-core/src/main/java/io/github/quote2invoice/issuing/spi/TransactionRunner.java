package io.github.quote2invoice.issuing.spi;

import java.util.function.Supplier;

/**
 * The transaction boundary: runs work so that all of its writes through the ports bound to this runner
 * happen, or none of them do. Keeps the core free of JDBC: the JDBC adapter binds a connection to the
 * calling thread, the in-memory one an undo log.
 *
 * <p>Calls nest: work started inside a running transaction joins it (one commit at the outermost level).
 * Any {@link RuntimeException} or {@link Error} thrown by the work rolls the whole transaction back and is
 * rethrown unchanged.
 */
public interface TransactionRunner {
    /**
     * Runs {@code work} in a transaction (joining the current one if any) and returns its result.
     *
     * @param work the work; its writes through this runner's ports are committed together
     * @param <T> the result type
     * @return what the work returned, after commit
     */
    <T> T inTransaction(Supplier<T> work);

    /** Like {@link #inTransaction(Supplier)} for work without a result. */
    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
