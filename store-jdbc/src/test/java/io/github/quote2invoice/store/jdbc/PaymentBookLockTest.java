package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.issuing.spi.IssuingStores;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.receivable.PaymentBook;
import io.github.quote2invoice.receivable.Receivable;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.github.quote2invoice.testing.IssuingSamples.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A transaction that updates a book twice while another thread updates the same book (found in review:
 * the book held its Java lock while the journal waited on PostgreSQL for the first transaction, which
 * needed that lock for its second update, a cycle PostgreSQL cannot see). The book holds no lock during
 * journal I/O; the second thread waits on the book's head row until the first transaction commits, then
 * appends after it.
 */
class PaymentBookLockTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final Currency EUR = Currency.getInstance("EUR");

    private static Payment pay(String id) {
        return new Payment(id, Money.of("10.00", "EUR"), PaymentMethod.BANK_TRANSFER, DAY, Optional.empty(), Optional.empty());
    }

    @Test
    void twoUpdatesInOneTransactionWhileAnotherThreadUpdatesTheSameBook() throws Exception {
        DataSource ds = TestDatabases.postgres();
        IssuingStores stores = JdbcStores.create(ds, TestDatabases.CODEC);
        String name = uniqueId("co") + "/EUR";
        PaymentBook book = PaymentBook.open(JdbcStores.ledgerJournal(stores), name, EUR);
        book.update(l -> l.register(new Receivable("inv-1", "FA-1", "b", "Martin", Money.of("100.00", "EUR"), DAY, DAY.plusDays(30),
                Optional.empty())));
        CountDownLatch firstWritten = new CountDownLatch(1);
        CompletableFuture<Void> t1 = CompletableFuture.runAsync(() -> stores.transactions().run(() -> {
            book.update("line-1", l -> l.record(pay("p1"), "b"));
            firstWritten.countDown();
            sleep(1500); // meanwhile thread 2 takes the monitor and blocks on our uncommitted row
            book.update("line-2", l -> l.record(pay("p2"), "b"));
        }), daemonPool());
        firstWritten.await();
        CompletableFuture<Void> t2 = CompletableFuture.runAsync(() -> book.update("line-3", l -> l.record(pay("p3"), "b")), daemonPool());
        boolean finished;
        try {
            CompletableFuture.allOf(t1, t2).get(15, TimeUnit.SECONDS);
            finished = true;
        } catch (java.util.concurrent.TimeoutException e) {
            finished = false;
            // break the cycle so the JVM can go on: cancel the backend waiting for a lock
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%q2i_ledger%'");
            }
        }
        assertThat(finished).as("both updates finish (no monitor/row-lock deadlock)").isTrue();
        assertThat(PaymentBook.open(JdbcStores.ledgerJournal(stores), name, EUR).current().payments()).extracting(Payment::id)
                .containsExactlyInAnyOrder("p1", "p2", "p3");
    }

    private static java.util.concurrent.Executor daemonPool() {
        return r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            t.start();
        };
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
