package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.issuing.AuditAction;
import io.github.quote2invoice.issuing.AuditEntry;
import io.github.quote2invoice.issuing.DocumentType;
import io.github.quote2invoice.issuing.ImmutableDocumentException;
import io.github.quote2invoice.issuing.spi.IssuingStores;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.receivable.PaymentBook;
import io.github.quote2invoice.receivable.Receivable;
import io.github.quote2invoice.store.jdbc.internal.SqlErrors;
import io.github.quote2invoice.testing.IssuingSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

import static io.github.quote2invoice.testing.IssuingSamples.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database itself refuses to change or delete issued invoices and append-only rows, even through
 * plain SQL that bypasses the library (PostgreSQL: plpgsql triggers; H2: Java triggers).
 */
class DatabaseImmutabilityTest {

    private static DataSource db(String name) {
        return name.equals("postgres") ? TestDatabases.postgres() : TestDatabases.h2();
    }

    private static int sql(DataSource ds, String sql, Object... params) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void issuedInvoicesResistPlainSql(String name) throws SQLException {
        DataSource ds = db(name);
        IssuingStores stores = JdbcStores.create(ds, TestDatabases.CODEC);
        String company = uniqueId("co");
        String id = uniqueId("inv");
        Invoice issued = IssuingSamples.draft(id).issue("FA-2026-000001", LocalDate.of(2026, 11, 20));
        stores.transactions().run(() -> stores.documents().storeIssued(company, issued));

        assertThatThrownBy(() -> sql(ds, "UPDATE q2i_invoice SET body = '{}' WHERE id = ?", id)).hasMessageContaining(SqlErrors.IMMUTABLE_MARKER);
        assertThatThrownBy(() -> sql(ds, "UPDATE q2i_invoice SET number = 'FA-2026-000099' WHERE id = ?", id))
                .hasMessageContaining(SqlErrors.IMMUTABLE_MARKER);
        assertThatThrownBy(() -> sql(ds, "UPDATE q2i_invoice SET issued = FALSE, number = NULL, issue_date = NULL WHERE id = ?", id))
                .hasMessageContaining(SqlErrors.IMMUTABLE_MARKER);
        assertThatThrownBy(() -> sql(ds, "DELETE FROM q2i_invoice WHERE id = ?", id)).hasMessageContaining(SqlErrors.IMMUTABLE_MARKER);
        assertThat(sql(ds, "UPDATE q2i_invoice SET payment_status = 'PAID' WHERE id = ?", id)).isEqualTo(1);
        assertThat(stores.documents().findInvoice(id).orElseThrow().withPaymentStatus(issued.status())).isEqualTo(issued);

        String draftId = uniqueId("inv");
        stores.documents().saveDraft(company, IssuingSamples.draft(draftId));
        assertThat(sql(ds, "DELETE FROM q2i_invoice WHERE id = ?", draftId)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void appendOnlyRowsResistPlainSql(String name) throws SQLException {
        DataSource ds = db(name);
        IssuingStores stores = JdbcStores.create(ds, TestDatabases.CODEC);
        String company = uniqueId("co");
        stores.audit().append(new AuditEntry(company, DocumentType.INVOICE, "inv-1", AuditAction.ISSUED, "claire", Instant.now(), "ab".repeat(32), ""));
        assertThatThrownBy(() -> sql(ds, "UPDATE q2i_audit_record SET actor = 'mallory' WHERE company = ?", company))
                .hasMessageContaining(SqlErrors.IMMUTABLE_MARKER);
        assertThatThrownBy(() -> sql(ds, "DELETE FROM q2i_audit_record WHERE company = ?", company)).hasMessageContaining(SqlErrors.IMMUTABLE_MARKER);
        assertThatThrownBy(() -> sql(ds, "DELETE FROM q2i_audit_head WHERE company = ?", company)).hasMessageContaining(SqlErrors.IMMUTABLE_MARKER);
        assertThat(stores.audit().verify(company).intact()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void paymentLedgerJournalResistsPlainSql(String name) throws SQLException {
        DataSource ds = db(name);
        String book = uniqueId("book");
        PaymentBook.open(JdbcStores.ledgerJournal(JdbcStores.create(ds, TestDatabases.CODEC)), book, Currency.getInstance("EUR"))
                .update("evt_1", l -> l.register(new Receivable("inv-1", "FA-1", "SIREN:851234567", "Martin", Money.of("10.00", "EUR"),
                        LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 30), Optional.empty())));
        assertThatThrownBy(() -> sql(ds, "UPDATE q2i_ledger_entry SET amount = 1 WHERE book = ?", book))
                .hasMessageContaining(SqlErrors.IMMUTABLE_MARKER);
        assertThatThrownBy(() -> sql(ds, "DELETE FROM q2i_ledger_entry WHERE book = ?", book)).hasMessageContaining(SqlErrors.IMMUTABLE_MARKER);
        assertThatThrownBy(() -> sql(ds, "DELETE FROM q2i_ledger_key WHERE book = ?", book)).hasMessageContaining(SqlErrors.IMMUTABLE_MARKER);
        assertThatThrownBy(() -> sql(ds, "DELETE FROM q2i_ledger_head WHERE book = ?", book)).hasMessageContaining(SqlErrors.IMMUTABLE_MARKER);
    }

    @Test
    void postgresRefusesTruncate() {
        for (String table : new String[] {"q2i_invoice", "q2i_audit_record", "q2i_audit_head", "q2i_payment", "q2i_ledger_entry", "q2i_ledger_key",
            "q2i_ledger_head"}) {
            assertThatThrownBy(() -> {
                try (Connection c = TestDatabases.postgres().getConnection(); Statement s = c.createStatement()) {
                    s.execute("TRUNCATE " + table + " CASCADE");
                }
            }).hasMessageContaining(SqlErrors.IMMUTABLE_MARKER);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void theStoreReportsTriggerRefusalsAsImmutableDocuments(String name) {
        assertThat(SqlErrors.translate(new SQLException(SqlErrors.IMMUTABLE_MARKER + ": x", "P0001"))).isInstanceOf(ImmutableDocumentException.class);
        assertThat(SqlErrors.translate(new SQLException("boom", SqlErrors.IMMUTABLE_STATE))).isInstanceOf(ImmutableDocumentException.class);
        assertThat(db(name)).isNotNull();
    }
}
