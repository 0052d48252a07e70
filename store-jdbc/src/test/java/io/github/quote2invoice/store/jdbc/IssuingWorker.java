package io.github.quote2invoice.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.github.quote2invoice.issuing.InvoiceIssuer;
import io.github.quote2invoice.issuing.spi.IssuingStores;
import io.github.quote2invoice.testing.IssuingSamples;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The second application instance of {@link ConcurrentIssuingTest}: a separate JVM issuing invoices into
 * the same series of the same PostgreSQL until it is killed, rolling some transactions back on purpose.
 * Arguments: JDBC URL, company key, threads, invoices per thread, roll back every n-th attempt.
 */
public final class IssuingWorker {
    private IssuingWorker() {
    }

    /** Issues until done or killed. */
    public static void main(String[] args) throws InterruptedException {
        String url = args[0];
        String company = args[1];
        int threads = Integer.parseInt(args[2]);
        int perThread = Integer.parseInt(args[3]);
        int rollbackEvery = Integer.parseInt(args[4]);
        try (HikariDataSource ds = TestDatabases.pool(url, "postgres", threads + 1)) {
            IssuingStores stores = JdbcStores.create(ds, JsonDocumentCodec.create());
            InvoiceIssuer issuer = InvoiceIssuer.builder(stores).company(i -> company).clock(Clock.system(IssuingSamples.PARIS)).build();
            List<Thread> all = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread thread = new Thread(() -> ConcurrentIssuingTest.issueMany(stores, issuer, "w2", perThread, rollbackEvery));
                thread.start();
                all.add(thread);
            }
            for (Thread thread : all) {
                thread.join();
            }
        }
    }
}
