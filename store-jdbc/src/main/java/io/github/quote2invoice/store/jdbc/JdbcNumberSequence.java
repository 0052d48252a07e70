package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.issuing.ChronologyException;
import io.github.quote2invoice.issuing.SequenceKey;
import io.github.quote2invoice.issuing.spi.NumberSequence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Gapless counters in {@code q2i_number_counter}: one row per company, series and period, incremented by
 * an UPDATE in the issuing transaction. The UPDATE's row lock serializes issuers of the same series
 * across threads and JVMs until their commit; a rollback undoes the increment, so no number is lost.
 * The same UPDATE checks and moves the row's last issue date, which keeps numbers chronological.
 *
 * <p>On PostgreSQL the increment also locks and reads the company's audit head in the same round trip,
 * since issuing appends to that chain next: the head stays locked until the transaction ends. Lock order
 * is therefore counter, then audit head; a transaction that appends to the audit log of a company before
 * taking one of its numbers takes them the other way round and may deadlock with an issuer (PostgreSQL
 * then aborts one of the two with a {@code StoreException}; retry it).
 */
public final class JdbcNumberSequence implements NumberSequence {
    private static final String WHERE = " WHERE company = ? AND series = ? AND period = ?";

    private final JdbcTransactions transactions;

    /** @param transactions the transactions the increments join */
    public JdbcNumberSequence(JdbcTransactions transactions) {
        this.transactions = Checks.required(transactions, "transactions");
    }

    @Override
    public long next(SequenceKey key, LocalDate issueDate) {
        Checks.required(key, "key");
        Checks.required(issueDate, "issueDate");
        if (!transactions.active()) {
            throw new IllegalStateException("NumberSequence.next must run inside a transaction");
        }
        return transactions.execute(tx -> {
            for (int attempt = 0; attempt < 3; attempt++) {
                Long next = increment(tx, key, issueDate);
                if (next != null) {
                    return next;
                }
                Optional<LocalDate> last = lastIssueDate(tx, key);
                if (last.isPresent()) {
                    if (last.get().isAfter(issueDate)) {
                        throw new ChronologyException(key, last.get(), issueDate);
                    }
                    // The row was created by a transaction that committed after our UPDATE looked: increment it now.
                    continue;
                }
                try (PreparedStatement ps = tx.prepare("INSERT INTO q2i_number_counter (company, series, period, last_value, last_issue_date)"
                        + " VALUES (?, ?, ?, 1, ?) ON CONFLICT DO NOTHING")) {
                    JdbcTransaction.bindAll(ps, key.company(), key.series(), key.period(), issueDate);
                    if (ps.executeUpdate() == 1) {
                        return 1L;
                    }
                }
                // Another transaction created the row meanwhile: increment it.
            }
            throw new SQLException("counter " + key + " could be neither created nor incremented");
        });
    }

    private static Long increment(JdbcTransaction tx, SequenceKey key, LocalDate issueDate) throws SQLException {
        String sql = tx.dialect().updateReturning("UPDATE q2i_number_counter SET last_value = last_value + 1, last_issue_date = ?"
                + WHERE + " AND last_issue_date <= ?", "last_value");
        boolean prefetchHead = tx.dialect().batchesStatements() && !tx.hasAuditHead(key.company());
        if (prefetchHead) {
            // Issuing appends to the company's audit chain next: lock and read its head in the same round
            // trip, since every round trip made under the counter's lock slows every issuer of the series.
            sql = sql + ";\n" + JdbcAuditLog.LOCK_HEAD;
        }
        try (PreparedStatement ps = tx.prepare(sql)) {
            JdbcTransaction.bindAll(ps, issueDate, key.company(), key.series(), key.period(), issueDate);
            if (prefetchHead) {
                ps.setString(6, key.company());
            }
            ps.execute();
            Long value;
            try (ResultSet rs = ps.getResultSet()) {
                value = rs.next() ? rs.getLong(1) : null;
            }
            if (prefetchHead && ps.getMoreResults()) {
                try (ResultSet rs = ps.getResultSet()) {
                    String[] head = JdbcAuditLog.readHead(rs);
                    if (head != null) {
                        tx.auditHead(key.company(), head);
                    }
                }
            }
            return value;
        }
    }

    private static Optional<LocalDate> lastIssueDate(JdbcTransaction tx, SequenceKey key) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT last_issue_date FROM q2i_number_counter" + WHERE)) {
            JdbcTransaction.bindAll(ps, key.company(), key.series(), key.period());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getObject(1, LocalDate.class)) : Optional.empty();
            }
        }
    }

    @Override
    public Optional<Long> current(SequenceKey key) {
        Checks.required(key, "key");
        return transactions.execute(tx -> {
            try (PreparedStatement ps = tx.prepare("SELECT last_value FROM q2i_number_counter" + WHERE)) {
                JdbcTransaction.bindAll(ps, key.company(), key.series(), key.period());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }
}
