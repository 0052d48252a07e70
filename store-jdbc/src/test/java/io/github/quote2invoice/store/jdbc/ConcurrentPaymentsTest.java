package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceStatus;
import io.github.quote2invoice.issuing.AuditAction;
import io.github.quote2invoice.issuing.AuditRecord;
import io.github.quote2invoice.issuing.AuditedPaymentBook;
import io.github.quote2invoice.issuing.InvoiceIssuer;
import io.github.quote2invoice.issuing.spi.IssuingStores;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.payment.spi.GatewayEvent;
import io.github.quote2invoice.receivable.GatewayEventRecorder;
import io.github.quote2invoice.receivable.PaymentBook;
import io.github.quote2invoice.receivable.PaymentLedger;
import io.github.quote2invoice.testing.IssuingSamples;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.github.quote2invoice.testing.IssuingSamples.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two "processes" (two audited books on one PostgreSQL) take the payments of 60 invoices from 8 threads,
 * each event delivered twice, in any order: every invoice is paid once, each payment leaves one audit pair
 * (PAYMENT_RECEIVED, PAID), and the audit chain and the ledger agree.
 */
class ConcurrentPaymentsTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void paymentsFromTwoProcessesAreRecordedOnceWithTheirTrail() throws Exception {
        IssuingStores stores = JdbcStores.create(TestDatabases.postgres(), TestDatabases.CODEC);
        String company = uniqueId("co");
        Clock clock = Clock.fixed(IssuingSamples.NOW, IssuingSamples.PARIS);
        InvoiceIssuer issuer = InvoiceIssuer.builder(stores).clock(clock).company(i -> company).build();
        String book = company + "/EUR";
        List<Invoice> invoices = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            invoices.add(issuer.issue(IssuingSamples.draft(uniqueId("inv")), "claire"));
        }
        AuditedPaymentBook setup = new AuditedPaymentBook(stores, PaymentBook.open(JdbcStores.ledgerJournal(stores), book, EUR), company, "setup", clock);
        setup.update(l -> {
            PaymentLedger r = l;
            for (Invoice i : invoices) {
                r = r.register(i);
            }
            return r;
        });
        List<GatewayEventRecorder> processes = List.of(
                new GatewayEventRecorder(new AuditedPaymentBook(stores, PaymentBook.open(JdbcStores.ledgerJournal(stores), book, EUR), company, "p1", clock)),
                new GatewayEventRecorder(new AuditedPaymentBook(stores, PaymentBook.open(JdbcStores.ledgerJournal(stores), book, EUR), company, "p2", clock)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<GatewayEventRecorder.Outcome>> outcomes = new ArrayList<>();
        for (int delivery = 0; delivery < 2; delivery++) {
            for (int i = 0; i < invoices.size(); i++) {
                Invoice inv = invoices.get(i);
                GatewayEvent.PaymentSucceeded event = new GatewayEvent.PaymentSucceeded("evt_" + i, inv.id(), new Payment("pi_" + company + "_" + i,
                        Money.of("2340.00", "EUR"), PaymentMethod.CARD, LocalDate.of(2026, 11, 21), Optional.empty(), Optional.empty()));
                GatewayEventRecorder recorder = processes.get((i + delivery) % 2);
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return recorder.record(event);
                }));
            }
        }
        start.countDown();
        int recorded = 0;
        for (Future<GatewayEventRecorder.Outcome> f : outcomes) {
            if (f.get(120, TimeUnit.SECONDS) == GatewayEventRecorder.Outcome.RECORDED) {
                recorded++;
            }
        }
        pool.shutdown();

        assertThat(recorded).isEqualTo(60);
        PaymentLedger ledger = PaymentBook.open(JdbcStores.ledgerJournal(stores), book, EUR).current();
        assertThat(ledger.payments()).hasSize(60);
        assertThat(ledger.openReceivables()).isEmpty();
        for (Invoice i : invoices) {
            assertThat(stores.documents().findInvoice(i.id()).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
        }
        List<AuditRecord> trail = stores.audit().records(company);
        assertThat(trail.stream().filter(r -> r.entry().action() == AuditAction.PAYMENT_RECEIVED)).hasSize(60);
        assertThat(trail.stream().filter(r -> r.entry().action() == AuditAction.PAID)).hasSize(60);
        assertThat(stores.audit().verify(company).intact()).isTrue();
    }
}
