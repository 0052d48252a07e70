package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.issuing.spi.IssuingStores;
import io.github.quote2invoice.store.jdbc.internal.Dialect;
import io.github.quote2invoice.store.jdbc.internal.SqlErrors;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;

/**
 * Entry point of the JDBC stores: migrates the schema and builds every issuing port on one
 * {@link DataSource} (PostgreSQL, or H2 in PostgreSQL mode), sharing one {@link JdbcTransactions}.
 *
 * <pre>{@code
 * JdbcStores.migrate(dataSource);
 * IssuingStores stores = JdbcStores.create(dataSource, JsonDocumentCodec.create());
 * InvoiceIssuer issuer = InvoiceIssuer.builder(stores).build();
 * }</pre>
 */
public final class JdbcStores {
    /** Where the migrations are: {@code common} for both databases, then the database's own folder ({@code postgresql}, {@code h2}). */
    static final String MIGRATIONS = "classpath:io/github/quote2invoice/store/jdbc/migration/";

    private JdbcStores() {
    }

    /**
     * Brings the schema up to date with Flyway (history table {@code q2i_schema_history}): tables, and
     * the triggers that refuse to change or delete issued documents and audit records.
     */
    public static void migrate(DataSource dataSource) {
        Checks.required(dataSource, "dataSource");
        String vendor;
        try (Connection c = dataSource.getConnection()) {
            vendor = Dialect.of(c).name().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
        Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS + "common", MIGRATIONS + vendor)
                .table("q2i_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    /** The stores on {@code dataSource} (already migrated), with the system clock (UTC). */
    public static IssuingStores create(DataSource dataSource, DocumentCodec codec) {
        return create(dataSource, codec, Clock.systemUTC());
    }

    /**
     * The stores on {@code dataSource} (already migrated).
     *
     * @param dataSource the database
     * @param codec writes and reads the documents' JSON
     * @param clock gives row timestamps (audit and issue times come from the callers)
     */
    public static IssuingStores create(DataSource dataSource, DocumentCodec codec, Clock clock) {
        JdbcTransactions tx = new JdbcTransactions(dataSource);
        return new IssuingStores(tx, new JdbcDocumentStore(tx, codec, clock), new JdbcNumberSequence(tx), new JdbcAuditLog(tx),
                new JdbcOutbox(tx, codec, clock), new JdbcProcessedEvents(tx, clock), new JdbcIssuingShortcut(tx, codec, clock));
    }

    /**
     * The payment ledger journal on the same database and transactions as {@code stores} (made by
     * {@link #create}), so a ledger update can join a transaction that also writes audit records:
     * {@code PaymentBook.open(JdbcStores.ledgerJournal(stores), "acme/EUR", EUR)}.
     *
     * @throws io.github.quote2invoice.error.InvalidValueException {@code INCONSISTENT} when {@code stores} are not JDBC stores
     */
    public static JdbcLedgerJournal ledgerJournal(IssuingStores stores) {
        return ledgerJournal(stores, Clock.systemUTC());
    }

    /** {@link #ledgerJournal(IssuingStores)} with {@code clock} for the rows' {@code recorded_at}. */
    public static JdbcLedgerJournal ledgerJournal(IssuingStores stores, Clock clock) {
        Checks.required(stores, "stores");
        Checks.check(stores.transactions() instanceof JdbcTransactions, io.github.quote2invoice.error.ErrorCodes.INCONSISTENT, "stores",
                "are not JDBC stores (made by JdbcStores.create)");
        return new JdbcLedgerJournal((JdbcTransactions) stores.transactions(), clock);
    }
}
