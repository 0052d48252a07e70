package io.github.quote2invoice.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.issuing.InvoiceIssuer;
import io.github.quote2invoice.issuing.spi.IssuingStores;
import io.github.quote2invoice.store.jdbc.JdbcStores;
import io.github.quote2invoice.store.jdbc.TestDatabases;
import io.github.quote2invoice.testing.IssuingSamples;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Issued invoices per second on PostgreSQL, beside the ceiling: the bare gapless transaction (increment
 * one counter row, insert one row, commit) driven by a plain JDBC loop, same database, same pool, same
 * number of threads. Every issuer of a trial issues into one series of one company, as in production
 * where a company's invoices share a series. Run through {@link IssuingBenchmarkRunner}, which starts one
 * embedded PostgreSQL for all forks and prints the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class IssuingBenchmark {
    /** System property naming the PostgreSQL JDBC URL (user and password {@code postgres}). */
    public static final String URL_PROPERTY = "q2i.jdbcUrl";

    private HikariDataSource dataSource;
    private InvoiceIssuer issuer;
    private Invoice template;
    private String company;

    /** Connects, migrates, creates the ceiling's tables and a fresh company (so each trial starts its own series). */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        dataSource = TestDatabases.pool(System.getProperty(URL_PROPERTY), "postgres", 40);
        JdbcStores.migrate(dataSource);
        company = "bench-" + UUID.randomUUID();
        IssuingStores stores = JdbcStores.create(dataSource, TestDatabases.CODEC);
        issuer = InvoiceIssuer.builder(stores).company(i -> company).clock(Clock.system(IssuingSamples.PARIS)).build();
        template = IssuingSamples.draft("template");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_counter (company VARCHAR(100) PRIMARY KEY, last_value BIGINT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS bench_row (company VARCHAR(100) NOT NULL, number BIGINT NOT NULL, id VARCHAR(100) NOT NULL,"
                    + " PRIMARY KEY (company, number))");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_counter (company, last_value) VALUES (?, 0)")) {
                ps.setString(1, company);
                ps.executeUpdate();
            }
        }
    }

    /** Closes the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
        dataSource.close();
    }

    /** One draft issued: checks, number, date, frozen JSON stored, audit record, outbox event, one commit. */
    @Benchmark
    public Invoice issue() {
        Invoice draft = template.toBuilder().id(UUID.randomUUID().toString()).buildKeepingTotals();
        return issuer.issue(draft, "bench");
    }

    /** The ceiling: increment the counter row, insert one row, commit. */
    @Benchmark
    public long ceiling() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long number;
                try (PreparedStatement ps = c.prepareStatement("UPDATE bench_counter SET last_value = last_value + 1 WHERE company = ? RETURNING last_value")) {
                    ps.setString(1, company);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        number = rs.getLong(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_row (company, number, id) VALUES (?, ?, ?)")) {
                    ps.setString(1, company);
                    ps.setLong(2, number);
                    ps.setString(3, UUID.randomUUID().toString());
                    ps.executeUpdate();
                }
                c.commit();
                return number;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
