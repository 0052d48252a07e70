package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.issuing.AuditAction;
import io.github.quote2invoice.issuing.AuditBreak;
import io.github.quote2invoice.issuing.AuditChain;
import io.github.quote2invoice.issuing.AuditEntry;
import io.github.quote2invoice.issuing.AuditRecord;
import io.github.quote2invoice.issuing.AuditVerification;
import io.github.quote2invoice.issuing.DocumentType;
import io.github.quote2invoice.issuing.spi.AuditLog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The hash-chained audit log in {@code q2i_audit_record}, with each company's chain head (last sequence
 * and digest) in {@code q2i_audit_head}. Appending locks the head row, so appends of one company are
 * serialized across JVMs; the record and the new head are written with the caller's transaction. Records
 * are never updated or deleted (database triggers refuse it).
 */
public final class JdbcAuditLog implements AuditLog {
    private static final String COLUMNS = "sequence, document_type, document_id, action, actor, occurred_at, document_digest, details,"
            + " previous_digest, digest";

    private final JdbcTransactions transactions;

    /** @param transactions the transactions the appends join */
    public JdbcAuditLog(JdbcTransactions transactions) {
        this.transactions = Checks.required(transactions, "transactions");
    }

    @Override
    public AuditRecord append(AuditEntry e) {
        Checks.required(e, "entry");
        return transactions.execute(tx -> {
            long last;
            String lastDigest;
            String[] head = tx.hasAuditHead(e.company()) ? tx.auditHeadOf(e.company()) : lockHead(tx, e.company());
            if (head == null) {
                try (PreparedStatement ps = tx.prepare("INSERT INTO q2i_audit_head (company, last_sequence, last_digest) VALUES (?, 0, ?)"
                        + " ON CONFLICT DO NOTHING")) {
                    JdbcTransaction.bindAll(ps, e.company(), AuditChain.GENESIS);
                    ps.executeUpdate();
                }
                head = lockHead(tx, e.company());
                if (head == null) {
                    throw new SQLException("audit head of " + e.company() + " could not be created");
                }
            }
            last = Long.parseLong(head[0]);
            lastDigest = head[1];
            AuditRecord r = AuditRecord.chain(last + 1, e, lastDigest);
            tx.defer("INSERT INTO q2i_audit_record (company, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    e.company(), r.sequence(), e.documentType().name(), e.documentId(), e.action().name(), e.actor(), e.occurredAt(),
                    e.documentDigest(), e.details(), r.previousDigest(), r.digest());
            tx.defer("UPDATE q2i_audit_head SET last_sequence = ?, last_digest = ? WHERE company = ?", r.sequence(), r.digest(), e.company());
            tx.auditHead(e.company(), new String[] {Long.toString(r.sequence()), r.digest()});
            return r;
        });
    }

    /** The statement that locks a company's audit head and reads it (parameter: the company). */
    static final String LOCK_HEAD = "SELECT last_sequence, last_digest FROM q2i_audit_head WHERE company = ? FOR UPDATE";

    private static String[] lockHead(JdbcTransaction tx, String company) throws SQLException {
        try (PreparedStatement ps = tx.prepare(LOCK_HEAD)) {
            ps.setString(1, company);
            try (ResultSet rs = ps.executeQuery()) {
                String[] head = readHead(rs);
                if (head != null) {
                    tx.auditHead(company, head);
                }
                return head;
            }
        }
    }

    /** The head in {@code rs} (the result of {@link #LOCK_HEAD}), null when the company has none yet. */
    static String[] readHead(ResultSet rs) throws SQLException {
        return rs.next() ? new String[] {Long.toString(rs.getLong(1)), rs.getString(2)} : null;
    }

    @Override
    public List<AuditRecord> records(String company) {
        List<AuditRecord> out = new ArrayList<>();
        long unreadable = read(company, out::add);
        if (unreadable > 0) {
            throw new io.github.quote2invoice.issuing.StoreException("audit record #" + unreadable + " of " + company
                    + " cannot be read: it was altered (run verify)", null);
        }
        return out;
    }

    /**
     * Verifies the chain; a record too damaged to be read (an unknown action name...) is reported as
     * altered, after the records before it were checked.
     */
    @Override
    public AuditVerification verify(String company) {
        // First pass streams the chain through a walk that keeps only the last digest: an intact chain,
        // the usual case, is verified whatever its length. Only a broken one is read whole, to name the break.
        // The head is read first: a record appended meanwhile is then beyond it, never taken for a missing one.
        long last = lastSequence(company);
        AuditChain.Walk walk = new AuditChain.Walk();
        boolean[] inPlace = {true};
        long unreadableSeen = read(company, r -> inPlace[0] = inPlace[0] && walk.accept(r));
        if (unreadableSeen == 0 && inPlace[0] && walk.intactUpTo(last)) {
            return new AuditVerification(company, walk.count(), Optional.empty());
        }
        List<AuditRecord> readable = new ArrayList<>();
        long unreadable = read(company, readable::add);
        if (unreadable == 0) {
            return AuditChain.verify(company, readable, last);
        }
        AuditVerification before = AuditChain.verify(company, readable, unreadable - 1);
        if (!before.intact()) {
            return before;
        }
        return new AuditVerification(company, readable.size() + 1L, Optional.of(new AuditBreak(unreadable, AuditBreak.Kind.ALTERED,
                "record #" + unreadable + " can no longer be read as an audit record: its content was changed")));
    }

    /** Reads the company's records in order into {@code out}, stopping at the first unreadable one; returns its sequence or 0. */
    private long read(String company, Consumer<AuditRecord> out) {
        return transactions.execute(tx -> {
            try (PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM q2i_audit_record WHERE company = ? ORDER BY sequence")) {
                ps.setString(1, company);
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long sequence = rs.getLong("sequence");
                        try {
                            AuditEntry e = new AuditEntry(company, DocumentType.valueOf(rs.getString("document_type")), rs.getString("document_id"),
                                    AuditAction.valueOf(rs.getString("action")), rs.getString("actor"), JdbcTransaction.instant(rs, "occurred_at"),
                                    rs.getString("document_digest"), rs.getString("details"));
                            out.accept(new AuditRecord(sequence, e, rs.getString("previous_digest"), rs.getString("digest")));
                        } catch (RuntimeException damaged) {
                            return sequence;
                        }
                    }
                }
            }
            return 0L;
        });
    }

    @Override
    public long lastSequence(String company) {
        return transactions.execute(tx -> {
            try (PreparedStatement ps = tx.prepare("SELECT last_sequence FROM q2i_audit_head WHERE company = ?")) {
                ps.setString(1, company);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }
}
