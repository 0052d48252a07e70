package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.store.jdbc.internal.Dialect;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * One running transaction: its connection, and the writes deferred until the next read or the commit.
 *
 * <p>Why defer: the issuing transaction holds the series' counter lock from the increment to the commit,
 * so every round trip in between slows every issuer of the series. Writes whose result is not needed
 * (the issued document, the audit record, the head, the outbox event) are queued and, on PostgreSQL,
 * sent in one round trip just before the commit. A failing deferred write fails the transaction exactly
 * as if it had been sent at once. Any read flushes the queue first, so the transaction always reads its
 * own writes.
 */
final class JdbcTransaction {
    private final Connection connection;
    private final Dialect dialect;
    private final List<String> pendingSql = new ArrayList<>();
    private final List<Object[]> pendingParams = new ArrayList<>();
    /** Invoices locked by this transaction: id -> issued (the row lock keeps the state until commit). */
    private final Map<String, Boolean> lockedInvoices = new HashMap<>();
    /** Invoice ids this transaction looked up and did not find (an insert will follow; a racing one fails on the key). */
    private final Set<String> absentInvoices = new HashSet<>();
    /** Audit chain heads this transaction holds locked: company -> {last sequence, last digest}. */
    private final Map<String, String[]> auditHeads = new HashMap<>();

    JdbcTransaction(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    Dialect dialect() {
        return dialect;
    }

    Connection connection() {
        return connection;
    }

    /** Remembers that this transaction holds the lock on an invoice row, and whether it is issued. */
    void lockedInvoice(String id, boolean issued) {
        lockedInvoices.put(id, issued);
    }

    /** The state of an invoice row this transaction locked: TRUE issued, FALSE draft, null not locked here. */
    Boolean lockedInvoiceIssued(String id) {
        return lockedInvoices.get(id);
    }

    /** Remembers that the invoice was looked up (with a lock) and not found. */
    void absentInvoice(String id) {
        absentInvoices.add(id);
    }

    /** True when this transaction looked the invoice up and did not find it. */
    boolean knownAbsent(String id) {
        return absentInvoices.contains(id) && !lockedInvoices.containsKey(id);
    }

    /** Remembers a company's audit head, locked by this transaction ({@code null} head: no row yet). */
    void auditHead(String company, String[] head) {
        auditHeads.put(company, head);
    }

    /** True when this transaction already read (and locked) the company's audit head. */
    boolean hasAuditHead(String company) {
        return auditHeads.containsKey(company);
    }

    /** The company's audit head as this transaction last saw or wrote it; null when it has no row. */
    String[] auditHeadOf(String company) {
        return auditHeads.get(company);
    }

    /** Queues a write (INSERT/UPDATE without a needed result). */
    void defer(String sql, Object... params) {
        pendingSql.add(sql);
        pendingParams.add(params);
    }

    /** A statement for a read or a write whose result is needed; flushes deferred writes first. */
    PreparedStatement prepare(String sql) throws SQLException {
        flush();
        return connection.prepareStatement(sql);
    }

    /**
     * Sends the deferred writes and commits. On PostgreSQL the COMMIT travels with the writes, in the same
     * round trip (an error in any write aborts the transaction before the COMMIT runs).
     */
    void flushAndCommit() throws SQLException {
        if (dialect.batchesStatements() && !pendingSql.isEmpty()) {
            defer("COMMIT");
            flush();
        } else {
            flush();
        }
        // A no-op when the COMMIT already ran: the driver sees the connection idle.
        connection.commit();
    }

    /** Sends the deferred writes. */
    void flush() throws SQLException {
        if (pendingSql.isEmpty()) {
            return;
        }
        try {
            if (dialect.batchesStatements() && pendingSql.size() > 1) {
                try (PreparedStatement ps = connection.prepareStatement(String.join(";\n", pendingSql))) {
                    int index = 1;
                    for (Object[] params : pendingParams) {
                        for (Object p : params) {
                            bind(ps, index++, p);
                        }
                    }
                    ps.execute();
                    while (ps.getMoreResults() || ps.getUpdateCount() != -1) {
                        // drain every statement's result so that any error surfaces here
                    }
                }
            } else {
                for (int i = 0; i < pendingSql.size(); i++) {
                    try (PreparedStatement ps = connection.prepareStatement(pendingSql.get(i))) {
                        bindAll(ps, pendingParams.get(i));
                        ps.executeUpdate();
                    }
                }
            }
        } finally {
            pendingSql.clear();
            pendingParams.clear();
        }
    }

    /** Binds {@code params} from index 1. */
    static void bindAll(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            bind(ps, i + 1, params[i]);
        }
    }

    private static void bind(PreparedStatement ps, int index, Object p) throws SQLException {
        if (p == null) {
            ps.setNull(index, Types.VARCHAR);
        } else if (p instanceof String s) {
            ps.setString(index, s);
        } else if (p instanceof Long l) {
            ps.setLong(index, l);
        } else if (p instanceof Integer n) {
            ps.setInt(index, n);
        } else if (p instanceof Boolean b) {
            ps.setBoolean(index, b);
        } else if (p instanceof BigDecimal d) {
            ps.setBigDecimal(index, d);
        } else if (p instanceof LocalDate d) {
            ps.setObject(index, d);
        } else if (p instanceof Instant t) {
            ps.setObject(index, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
        } else {
            throw new IllegalArgumentException("cannot bind " + p.getClass().getName());
        }
    }

    /** Reads a timestamp column as an instant. */
    static Instant instant(java.sql.ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
