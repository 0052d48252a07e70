package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.issuing.InvoiceIssuer;
import io.github.quote2invoice.issuing.SequenceKey;
import io.github.quote2invoice.issuing.spi.IssuingStores;
import io.github.quote2invoice.testing.IssuingSamples;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.github.quote2invoice.testing.IssuingSamples.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality bar of gapless numbering on PostgreSQL: 8 threads in this JVM and a second JVM issue into
 * one series; some transactions roll back on purpose; the second JVM is killed mid-run. Afterwards the
 * 5,000 numbers are exactly 1..5000, each has exactly one stored invoice, and issue dates never go
 * backwards as numbers grow; the audit chain is intact.
 */
class ConcurrentIssuingTest {
    private static final int TOTAL = 5_000;
    private static final int THREADS = 8;
    private static final int PER_THREAD = 375;
    private static final int KILL_AFTER = 400;

    /** Issues {@code count} invoices; every {@code rollbackEvery}-th attempt is issued then rolled back on purpose. */
    static void issueMany(IssuingStores stores, InvoiceIssuer issuer, String prefix, int count, int rollbackEvery) {
        int done = 0;
        for (int attempt = 1; done < count; attempt++) {
            if (attempt % rollbackEvery == 0) {
                try {
                    stores.transactions().run(() -> {
                        issuer.issue(IssuingSamples.draft(uniqueId(prefix)), "rollback");
                        throw new IllegalStateException("rolled back on purpose");
                    });
                } catch (IllegalStateException expected) {
                    // the number taken inside goes back to the counter
                }
            } else {
                issuer.issue(IssuingSamples.draft(uniqueId(prefix)), prefix);
                done++;
            }
        }
    }

    private static long count(DataSource ds, String company, String idPrefix) throws SQLException {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM q2i_invoice WHERE company = ? AND id LIKE ?")) {
            ps.setString(1, company);
            ps.setString(2, idPrefix + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void numbersStayGaplessAcrossThreadsJvmsRollbacksAndAKill() throws Exception {
        DataSource ds = TestDatabases.postgres();
        String company = uniqueId("co");
        IssuingStores stores = JdbcStores.create(ds, TestDatabases.CODEC);
        InvoiceIssuer issuer = InvoiceIssuer.builder(stores).company(i -> company).clock(Clock.system(IssuingSamples.PARIS)).build();

        Path log = Files.createTempFile("q2i-worker", ".log");
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process worker = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), IssuingWorker.class.getName(),
                TestDatabases.postgresJdbcUrl(), company, "2", "100000", "7")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                threads.add(pool.submit(() -> issueMany(stores, issuer, "main", PER_THREAD, 9)));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (count(ds, company, "w2") < KILL_AFTER) {
                assertThat(worker.isAlive()).as("second JVM died early: %s", Files.readString(log)).isTrue();
                assertThat(System.nanoTime()).as("second JVM too slow: %s", Files.readString(log)).isLessThan(deadline);
                Thread.sleep(50);
            }
            worker.destroyForcibly();
            assertThat(worker.waitFor(30, TimeUnit.SECONDS)).isTrue();
            for (Future<?> f : threads) {
                f.get();
            }
        } finally {
            worker.destroyForcibly();
            pool.shutdownNow();
        }
        long issued = count(ds, company, "");
        assertThat(count(ds, company, "w2")).isGreaterThanOrEqualTo(KILL_AFTER);
        issueMany(stores, issuer, "top", (int) (TOTAL - issued), 5);

        List<long[]> rows = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT number, issue_date FROM q2i_invoice WHERE company = ? AND issued")) {
            ps.setString(1, company);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String number = rs.getString(1);
                    LocalDate date = rs.getObject(2, LocalDate.class);
                    rows.add(new long[] {Long.parseLong(number.substring(number.lastIndexOf('-') + 1)), date.toEpochDay()});
                }
            }
        }
        rows.sort((a, b) -> Long.compare(a[0], b[0]));
        assertThat(rows).hasSize(TOTAL);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i)[0]).as("number at position %d", i).isEqualTo(i + 1L);
            if (i > 0) {
                assertThat(rows.get(i)[1]).as("issue date of number %d", i + 1).isGreaterThanOrEqualTo(rows.get(i - 1)[1]);
            }
        }
        assertThat(count(ds, company, "")).isEqualTo(TOTAL);
        LocalDate today = LocalDate.ofEpochDay(rows.get(TOTAL - 1)[1]);
        assertThat(stores.numbers().current(new SequenceKey(company, "FA", Integer.toString(today.getYear())))).contains((long) TOTAL);
        assertThat(stores.audit().verify(company).intact()).isTrue();
        assertThat(stores.audit().lastSequence(company)).isEqualTo(TOTAL);
        assertThat(Date.valueOf(today)).isNotNull();
    }
}
