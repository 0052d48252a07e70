package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.issuing.StoreException;
import io.github.quote2invoice.issuing.spi.TransactionRunner;
import io.github.quote2invoice.store.jdbc.internal.Dialect;
import io.github.quote2invoice.store.jdbc.internal.SqlErrors;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Transactions on a {@link DataSource}: the outermost {@link #inTransaction} takes a connection, turns
 * auto-commit off and binds it to the calling thread; every JDBC store of the same {@code JdbcTransactions}
 * called on that thread joins it; the work's return commits, an exception rolls back. SQL errors surface
 * as the library's exceptions ({@code StoreException}, {@code DocumentConflictException},
 * {@code ImmutableDocumentException}). Transactions run at the database's default isolation (READ
 * COMMITTED); what needs serializing takes row locks.
 */
public final class JdbcTransactions implements TransactionRunner {
    private final DataSource dataSource;
    private final ThreadLocal<JdbcTransaction> current = new ThreadLocal<>();
    private volatile Dialect dialect;

    /** @param dataSource where connections come from (pooled, ideally) */
    public JdbcTransactions(DataSource dataSource) {
        this.dataSource = Checks.required(dataSource, "dataSource");
    }

    /** The data source. */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException("no database connection: " + e.getMessage(), e);
        }
        boolean committed = false;
        try {
            connection.setAutoCommit(false);
            JdbcTransaction tx = new JdbcTransaction(connection, dialect(connection));
            current.set(tx);
            T result = work.get();
            tx.flushAndCommit();
            committed = true;
            return result;
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        } finally {
            current.remove();
            close(connection, committed);
        }
    }

    private static void close(Connection connection, boolean committed) {
        try {
            if (!committed && !connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // The connection is broken; closing it below hands it back to the pool, which discards it.
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Nothing more can be done with a connection that fails to close.
            }
        }
    }

    /** Work on the current transaction that may throw {@link SQLException}. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(JdbcTransaction tx) throws SQLException;
    }

    /** Runs {@code work} in the current transaction (or a new one), translating SQL errors. */
    <T> T execute(SqlWork<T> work) {
        return inTransaction(() -> {
            try {
                return work.run(current.get());
            } catch (SQLException e) {
                throw SqlErrors.translate(e);
            }
        });
    }

    /** The dialect of the database, read from {@code connection} the first time. */
    Dialect dialect(Connection connection) throws SQLException {
        Dialect d = dialect;
        if (d == null) {
            d = Dialect.of(connection);
            dialect = d;
        }
        return d;
    }

    /** True when the calling thread is inside a transaction of this runner. */
    boolean active() {
        return current.get() != null;
    }
}
