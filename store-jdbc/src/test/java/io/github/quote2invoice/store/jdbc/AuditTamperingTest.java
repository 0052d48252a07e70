package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.issuing.AuditBreak;
import io.github.quote2invoice.issuing.AuditVerification;
import io.github.quote2invoice.issuing.InvoiceIssuer;
import io.github.quote2invoice.issuing.spi.IssuingStores;
import io.github.quote2invoice.testing.IssuingSamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

import static io.github.quote2invoice.testing.IssuingSamples.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone with direct SQL access (a DBA who switches the triggers off) changes one byte of one audit
 * record, or deletes one: {@code verify()} names the record. PostgreSQL: {@code session_replication_role
 * = replica} skips the triggers for one session; H2: the trigger is dropped and put back.
 */
class AuditTamperingTest {

    private static String issueFive(DataSource ds) {
        IssuingStores stores = JdbcStores.create(ds, TestDatabases.CODEC);
        String company = uniqueId("co");
        InvoiceIssuer issuer = InvoiceIssuer.builder(stores).company(i -> company).clock(Clock.system(IssuingSamples.PARIS)).build();
        for (int i = 0; i < 5; i++) {
            issuer.issue(IssuingSamples.draft(uniqueId("inv")), "claire.durand");
        }
        assertThat(stores.audit().verify(company).intact()).isTrue();
        return company;
    }

    /** Runs {@code sql} with the append-only trigger of q2i_audit_record out of the way. */
    private static int tamper(String db, DataSource ds, String sql, String company, long sequence) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            if (db.equals("postgres")) {
                s.execute("SET session_replication_role = replica");
            } else {
                s.execute("DROP TRIGGER q2i_audit_record_append_only");
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, company);
                ps.setLong(2, sequence);
                return ps.executeUpdate();
            } finally {
                if (db.equals("postgres")) {
                    s.execute("SET session_replication_role = DEFAULT");
                } else {
                    s.execute("CREATE TRIGGER q2i_audit_record_append_only BEFORE UPDATE, DELETE ON q2i_audit_record"
                            + " FOR EACH ROW CALL 'io.github.quote2invoice.store.jdbc.internal.H2AppendOnlyTrigger'");
                }
            }
        }
    }

    private static DataSource db(String name) {
        return name.equals("postgres") ? TestDatabases.postgres() : TestDatabases.h2();
    }

    private static AuditBreak verify(DataSource ds, String company) {
        AuditVerification v = JdbcStores.create(ds, TestDatabases.CODEC).audit().verify(company);
        assertThat(v.intact()).isFalse();
        return v.firstBreak().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void oneChangedByteIsNamed(String name) throws SQLException {
        DataSource ds = db(name);
        String company = issueFive(ds);
        // The third letter of the actor ("claire.durand" -> "clxire.durand"): one byte.
        int changed = tamper(name, ds, "UPDATE q2i_audit_record SET actor = CONCAT(SUBSTRING(actor FROM 1 FOR 2), 'x', SUBSTRING(actor FROM 4))"
                + " WHERE company = ? AND sequence = ?", company, 3);
        assertThat(changed).isEqualTo(1);
        AuditBreak b = verify(ds, company);
        assertThat(b.sequence()).isEqualTo(3);
        assertThat(b.kind()).isEqualTo(AuditBreak.Kind.ALTERED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void oneChangedDigestCharacterIsNamed(String name) throws SQLException {
        DataSource ds = db(name);
        String company = issueFive(ds);
        int changed = tamper(name, ds, "UPDATE q2i_audit_record SET document_digest = CONCAT(CASE WHEN SUBSTRING(document_digest FROM 1 FOR 1) = '0'"
                + " THEN '1' ELSE '0' END, SUBSTRING(document_digest FROM 2)) WHERE company = ? AND sequence = ?", company, 4);
        assertThat(changed).isEqualTo(1);
        assertThat(verify(ds, company)).extracting(AuditBreak::sequence, AuditBreak::kind).containsExactly(4L, AuditBreak.Kind.ALTERED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void aDeletedRecordIsNamed(String name) throws SQLException {
        DataSource ds = db(name);
        String company = issueFive(ds);
        assertThat(tamper(name, ds, "DELETE FROM q2i_audit_record WHERE company = ? AND sequence = ?", company, 2)).isEqualTo(1);
        assertThat(verify(ds, company)).extracting(AuditBreak::sequence, AuditBreak::kind).containsExactly(2L, AuditBreak.Kind.REMOVED);

        String other = issueFive(ds);
        assertThat(tamper(name, ds, "DELETE FROM q2i_audit_record WHERE company = ? AND sequence = ?", other, 5)).isEqualTo(1);
        assertThat(verify(ds, other)).extracting(AuditBreak::sequence, AuditBreak::kind).containsExactly(5L, AuditBreak.Kind.REMOVED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void swappedRecordsAreNamed(String name) throws SQLException {
        DataSource ds = db(name);
        String company = issueFive(ds);
        tamper(name, ds, "UPDATE q2i_audit_record SET sequence = 100 WHERE company = ? AND sequence = ?", company, 2);
        tamper(name, ds, "UPDATE q2i_audit_record SET sequence = 2 WHERE company = ? AND sequence = ?", company, 3);
        tamper(name, ds, "UPDATE q2i_audit_record SET sequence = 3 WHERE company = ? AND sequence = ?", company, 100);
        assertThat(verify(ds, company)).extracting(AuditBreak::sequence, AuditBreak::kind).containsExactly(2L, AuditBreak.Kind.REORDERED);
    }
}
