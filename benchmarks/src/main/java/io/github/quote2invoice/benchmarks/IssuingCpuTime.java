package io.github.quote2invoice.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two {@link IssuingBenchmark} operations at one issuer, measured in CPU time and WAL bytes per
 * transaction rather than in transactions per second: on a machine shared with other work, throughput
 * measures the share of the cores the benchmark got, while CPU time measures the work itself. For each
 * operation: the calling thread's CPU time, the CPU time of every PostgreSQL process of the server
 * (backend, WAL writer, checkpointer, autovacuum; read from {@code /proc}, so Linux only) and the WAL
 * written. Runs rounds of {@code batch} transactions of each operation in turn for the given number of
 * seconds (default 120) on one embedded PostgreSQL with durable commits, and prints the median and the best
 * round after three warm-up rounds.
 *
 * <pre>flock /tmp/q2i-jmh.lock java -cp ... io.github.quote2invoice.benchmarks.IssuingCpuTime 120 2000</pre>
 */
public final class IssuingCpuTime {
    private IssuingCpuTime() {
    }

    /**
     * Measures and prints.
     *
     * @param args optional duration in seconds and transactions per round
     */
    public static void main(String[] args) throws SQLException, IOException {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 120;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (EmbeddedPostgres postgres = IssuingBenchmarkRunner.startDurablePostgres()) {
            System.setProperty(IssuingBenchmark.URL_PROPERTY, postgres.getJdbcUrl("postgres", "postgres"));
            long postmaster;
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SHOW data_directory")) {
                rs.next();
                postmaster = Long.parseLong(Files.readAllLines(Path.of(rs.getString(1), "postmaster.pid")).get(0).trim());
            }
            IssuingBenchmark b = new IssuingBenchmark();
            b.setUp();
            try {
                String[] names = {"issue", "ceiling"};
                List<List<double[]>> rounds = List.of(new ArrayList<>(), new ArrayList<>());
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                long end = System.currentTimeMillis() + seconds * 1000;
                for (int round = 1; System.currentTimeMillis() < end; round++) {
                    for (int k = 0; k < names.length; k++) {
                        long wal0 = walPosition(postgres);
                        Map<Long, Long> server0 = serverCpuNanos(postmaster);
                        long thread0 = threads.getCurrentThreadCpuTime();
                        long wall0 = System.nanoTime();
                        for (int i = 0; i < batch; i++) {
                            if (k == 0) {
                                b.issue();
                            } else {
                                b.ceiling();
                            }
                        }
                        double wall = (System.nanoTime() - wall0) / 1e3 / batch;
                        double thread = (threads.getCurrentThreadCpuTime() - thread0) / 1e3 / batch;
                        double server = cpuSince(server0, serverCpuNanos(postmaster)) / 1e3 / batch;
                        double wal = (walPosition(postgres) - wal0) / (double) batch;
                        if (round > 3) {
                            rounds.get(k).add(new double[] {wall, thread, server, thread + server, wal});
                        }
                    }
                }
                out.println("per transaction, one issuer; median (best) of " + rounds.get(0).size() + " rounds of " + batch);
                out.println("| operation | wall µs | JVM thread CPU µs | PostgreSQL CPU µs | JVM + PostgreSQL CPU µs | WAL bytes |");
                out.println("|---|---:|---:|---:|---:|---:|");
                for (int k = 0; k < names.length; k++) {
                    StringBuilder row = new StringBuilder("| " + names[k] + " |");
                    for (int m = 0; m < 5; m++) {
                        row.append(String.format(Locale.ROOT, " %.0f (%.0f) |", median(rounds.get(k), m), best(rounds.get(k), m)));
                    }
                    out.println(row);
                }
            } finally {
                b.tearDown();
            }
        }
    }

    private static long walPosition(EmbeddedPostgres postgres) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::BIGINT")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** CPU time of the postmaster and of each of its children (every server process) by PID, from /proc/PID/schedstat. */
    private static Map<Long, Long> serverCpuNanos(long postmaster) {
        Map<Long, Long> byPid = new HashMap<>();
        byPid.put(postmaster, cpuNanos(postmaster));
        try {
            for (String child : Files.readString(Path.of("/proc", Long.toString(postmaster), "task", Long.toString(postmaster), "children"))
                    .trim().split(" ")) {
                if (!child.isEmpty()) {
                    byPid.put(Long.parseLong(child), cpuNanos(Long.parseLong(child)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byPid;
    }

    /**
     * CPU time spent between two readings by the processes alive at the second one (a process started in
     * between counts whole; one that ended in between, e.g. an autovacuum worker, is lost either way).
     */
    private static long cpuSince(Map<Long, Long> before, Map<Long, Long> after) {
        long sum = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        return sum;
    }

    private static long cpuNanos(long pid) {
        try {
            return Long.parseLong(Files.readString(Path.of("/proc", Long.toString(pid), "schedstat")).split(" ")[0]);
        } catch (IOException e) {
            return 0; // a process that just ended (e.g. an autovacuum worker): its time is lost either way
        }
    }

    private static double median(List<double[]> rows, int m) {
        double[] v = rows.stream().mapToDouble(r -> r[m]).sorted().toArray();
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double best(List<double[]> rows, int m) {
        return rows.stream().mapToDouble(r -> r[m]).min().orElse(Double.NaN);
    }
}
