package io.github.quote2invoice.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The {@link ConversionBenchmark} operations timed in thread CPU time rather than wall-clock time:
 * on a machine shared with other work, wall-clock throughput measures the share of a core the
 * benchmark got; CPU time per operation measures the work itself ("per core"). Runs every operation
 * in rounds for the given number of seconds (default 90) and prints the best round of each after
 * three warm-up rounds. Run it like JMH: {@code flock /tmp/q2i-jmh.lock java -cp ... ConversionCpuTime 90}.
 */
public final class ConversionCpuTime {
    private ConversionCpuTime() {
    }

    /**
     * Measures and prints.
     *
     * @param args optional duration in seconds
     */
    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 90;
        ConversionBenchmark b = new ConversionBenchmark();
        b.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String[] names = {"depositAndFinal", "depositAndFinalWithoutDigestCheck", "depositAndFinalWithoutLegalMentions", "depositAndFinalEngineOnly", "quoteContentDigest",
            "sha256OfCanonicalSize", "quoteTotals", "mustangTotals"};
        Runnable[] ops = {b::depositAndFinal, b::depositAndFinalWithoutDigestCheck, b::depositAndFinalWithoutLegalMentions, b::depositAndFinalEngineOnly, b::quoteContentDigest,
            b::sha256OfCanonicalSize, b::quoteTotals, b::mustangTotals};
        int[] batch = {1_000, 1_000, 1_000, 5_000, 2_000, 5_000, 50_000, 5_000};
        double[] best = new double[ops.length];
        Arrays.fill(best, Double.MAX_VALUE);
        long end = System.currentTimeMillis() + seconds * 1000;
        for (int round = 1; System.currentTimeMillis() < end; round++) {
            for (int k = 0; k < ops.length; k++) {
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < batch[k]; i++) {
                    ops[k].run();
                }
                double micros = (threads.getCurrentThreadCpuTime() - start) / 1e3 / batch[k];
                if (round > 3) {
                    best[k] = Math.min(best[k], micros);
                }
            }
        }
        PrintStream out = System.out;
        for (int k = 0; k < ops.length; k++) {
            out.printf("%-40s %8.2f us CPU/op %10.0f ops/s per core%n", names[k], best[k], 1e6 / best[k]);
        }
    }
}
