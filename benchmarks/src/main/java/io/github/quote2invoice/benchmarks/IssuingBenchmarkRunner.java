package io.github.quote2invoice.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Runs {@link IssuingBenchmark} with 1, 4 and 16 threads against one embedded PostgreSQL started here (with
 * durable commits), and
 * prints issued invoices per second beside the ceiling and their ratio. Optional system properties:
 * {@code q2i.threads} (default {@code 1,4,16}), {@code q2i.warmup} and {@code q2i.measure} (iterations, of
 * {@code q2i.seconds} seconds each; defaults 4, 5, 4).
 *
 * <pre>flock /tmp/q2i-jmh.lock mvn -B -q -pl benchmarks exec:exec -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath io.github.quote2invoice.benchmarks.IssuingBenchmarkRunner"</pre>
 */
public final class IssuingBenchmarkRunner {
    private IssuingBenchmarkRunner() {
    }

    /** Runs the comparison. */
    public static void main(String[] args) throws RunnerException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        EmbeddedPostgres postgres = startDurablePostgres();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        out.println("PostgreSQL " + settings(postgres));
        int warmup = Integer.getInteger("q2i.warmup", 4);
        int measure = Integer.getInteger("q2i.measure", 5);
        int seconds = Integer.getInteger("q2i.seconds", 4);
        List<String> rows = new ArrayList<>();
        for (String t : System.getProperty("q2i.threads", "1,4,16").split(",")) {
            int threads = Integer.parseInt(t.trim());
            ChainedOptionsBuilder options = new OptionsBuilder()
                    .include(IssuingBenchmark.class.getName() + "\\.(issue|ceiling)$")
                    .threads(threads)
                    .warmupIterations(warmup).warmupTime(TimeValue.seconds(seconds))
                    .measurementIterations(measure).measurementTime(TimeValue.seconds(seconds))
                    .forks(1)
                    .jvmArgsAppend("-D" + IssuingBenchmark.URL_PROPERTY + "=" + url, "-Xmx1g");
            Collection<RunResult> results = new Runner(options.build()).run();
            double issue = score(results, "issue");
            double ceiling = score(results, "ceiling");
            rows.add(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.0f %% |", threads, issue, ceiling, 100 * issue / ceiling));
        }
        out.println();
        out.println("| concurrent issuers | issued invoices/s | ceiling tx/s | ratio |");
        out.println("|---:|---:|---:|---:|");
        rows.forEach(out::println);
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An embedded PostgreSQL that commits durably, as production does: the embedded default (fsync and
     * synchronous_commit off, fine for tests) would measure a database no one runs invoices on.
     */
    static EmbeddedPostgres startDurablePostgres() {
        try {
            return EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "300")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    private static String settings(EmbeddedPostgres postgres) {
        StringBuilder b = new StringBuilder();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String name : new String[] {"server_version", "fsync", "synchronous_commit", "wal_sync_method", "shared_buffers"}) {
                try (ResultSet rs = s.executeQuery("SHOW " + name)) {
                    rs.next();
                    b.append(name).append('=').append(rs.getString(1)).append(' ');
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return b.toString().trim();
    }

    private static double score(Collection<RunResult> results, String method) {
        for (RunResult r : results) {
            if (r.getParams().getBenchmark().endsWith("." + method)) {
                return r.getPrimaryResult().getScore();
            }
        }
        throw new IllegalStateException("no result for " + method);
    }
}
