package io.github.quote2invoice.issuing.contract;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.check.AnomalyOverride;
import io.github.quote2invoice.check.InvoiceCheck;
import io.github.quote2invoice.event.DomainEvent;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceStatus;
import io.github.quote2invoice.issuing.AnomaliesRefusedException;
import io.github.quote2invoice.issuing.AuditAction;
import io.github.quote2invoice.issuing.AuditRecord;
import io.github.quote2invoice.issuing.ChronologyException;
import io.github.quote2invoice.issuing.DocumentJournal;
import io.github.quote2invoice.issuing.DocumentType;
import io.github.quote2invoice.issuing.InvoiceIssuer;
import io.github.quote2invoice.issuing.NumberingPlan;
import io.github.quote2invoice.issuing.NumberingSeries;
import io.github.quote2invoice.issuing.OutboxMessage;
import io.github.quote2invoice.issuing.SequenceKey;
import io.github.quote2invoice.issuing.spi.IssuingStores;
import io.github.quote2invoice.issuing.spi.Outbox;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentAllocation;
import io.github.quote2invoice.testing.IssuingSamples;
import io.github.quote2invoice.testing.IssuingSamples.SettableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.github.quote2invoice.testing.IssuingSamples.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link InvoiceIssuer} over a set of stores: numbering, atomicity, idempotency, anomalies, chronology. */
public abstract class InvoiceIssuerContract extends StoresContract {
    private SettableClock clock;
    private List<Anomaly> anomalies;

    @BeforeEach
    void createClock() {
        clock = new SettableClock(IssuingSamples.NOW);
        anomalies = new ArrayList<>();
    }

    private InvoiceIssuer issuer(IssuingStores s) {
        InvoiceCheck check = draft -> List.copyOf(anomalies);
        return InvoiceIssuer.builder(s).clock(clock).check(check).company(i -> company).build();
    }

    private InvoiceIssuer issuer() {
        return issuer(stores);
    }

    @Test
    void issuesNumberedDatedFrozenInvoicesWithTheirTrail() {
        Invoice draft = IssuingSamples.draft(uniqueId("inv"));
        stores.documents().saveDraft(company, draft);
        Invoice first = issuer().issue(draft, "claire.durand");
        Invoice second = issuer().issue(IssuingSamples.draft(uniqueId("inv")), "claire.durand");

        assertThat(first.number()).contains("FA-2026-000001");
        assertThat(second.number()).contains("FA-2026-000002");
        assertThat(first.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(first.issueDate()).contains(LocalDate.of(2026, 11, 20));
        assertThat(first.dueDate()).contains(LocalDate.of(2026, 12, 20));
        assertThat(stores.documents().findInvoice(first.id())).contains(first);
        assertThat(stores.documents().findInvoiceByNumber(company, "FA-2026-000002")).contains(second);

        List<AuditRecord> trail = stores.audit().records(company);
        assertThat(trail).extracting(r -> r.entry().action()).containsExactly(AuditAction.ISSUED, AuditAction.ISSUED);
        AuditRecord issued = trail.get(0);
        assertThat(issued.entry().documentId()).isEqualTo(first.id());
        assertThat(issued.entry().actor()).isEqualTo("claire.durand");
        assertThat(issued.entry().occurredAt()).isEqualTo(IssuingSamples.NOW);
        assertThat(issued.entry().documentDigest()).isEqualTo(stores.documents().stored(DocumentType.INVOICE, first.id()).orElseThrow().digest());
        assertThat(issued.entry().details()).contains("FA-2026-000001");
        assertThat(stores.audit().verify(company).intact()).isTrue();

        assertThat(outboxAbout(first.id(), second.id())).extracting(OutboxMessage::type, OutboxMessage::documentId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("InvoiceIssued", first.id()),
                        org.assertj.core.groups.Tuple.tuple("InvoiceIssued", second.id()));
    }

    @Test
    void issuingTheSameDraftTwiceReturnsTheFirstInvoice() {
        Invoice draft = IssuingSamples.draft(uniqueId("inv"));
        Invoice first = issuer().issue(draft, "claire.durand");
        clock.set(IssuingSamples.NOW.plusSeconds(86_400));
        Invoice again = issuer().issue(draft, "paul.martin");
        assertThat(again).isEqualTo(first);
        assertThat(issuer().issue(first, "paul.martin")).isEqualTo(first);
        assertThat(stores.numbers().current(new SequenceKey(company, "FA", "2026"))).contains(1L);
        assertThat(stores.audit().records(company)).hasSize(1);
    }

    @Test
    void concurrentIssuesOfOneDraftGiveOneNumber() throws Exception {
        Invoice draft = IssuingSamples.draft(uniqueId("inv"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Invoice>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> issuer().issue(draft, "claire.durand")));
            }
            for (Future<Invoice> f : results) {
                assertThat(f.get().number()).contains("FA-2026-000001");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(stores.numbers().current(new SequenceKey(company, "FA", "2026"))).contains(1L);
    }

    @Test
    void creditNotesHaveTheirOwnSeries() {
        Invoice invoice = issuer().issue(IssuingSamples.draft(uniqueId("inv")), "claire.durand");
        Invoice credit = issuer().issue(IssuingSamples.creditNote(uniqueId("av"), invoice), "claire.durand");
        Invoice next = issuer().issue(IssuingSamples.draft(uniqueId("inv")), "claire.durand");
        assertThat(credit.number()).contains("AV-2026-000001");
        assertThat(next.number()).contains("FA-2026-000002");
        assertThat(stores.audit().records(company)).extracting(r -> r.entry().action())
                .containsExactly(AuditAction.ISSUED, AuditAction.ISSUED, AuditAction.CREDITED, AuditAction.ISSUED);
    }

    @Test
    void seriesRestartEachPeriod() {
        NumberingPlan fiscal = NumberingPlan.of(NumberingSeries.fiscalYear("FX", "FX{yy}/{seq:4}", Month.JULY),
                NumberingSeries.continuous("AX", "AX{seq:5}"));
        InvoiceIssuer issuer = InvoiceIssuer.builder(stores).clock(clock).numbering(fiscal).company(i -> company).build();
        clock.set(Instant.parse("2026-06-30T10:00:00Z"));
        assertThat(issuer.issue(IssuingSamples.draft(uniqueId("inv")), "a").number()).contains("FX25/0001");
        clock.set(Instant.parse("2026-07-01T10:00:00Z"));
        assertThat(issuer.issue(IssuingSamples.draft(uniqueId("inv")), "a").number()).contains("FX26/0001");
        assertThat(issuer.issue(IssuingSamples.draft(uniqueId("inv")), "a").number()).contains("FX26/0002");

        clock.set(Instant.parse("2027-01-04T09:00:00Z"));
        assertThat(issuer().issue(IssuingSamples.draft(uniqueId("inv")), "a").number()).contains("FA-2027-000001");
    }

    @Test
    void errorAnomaliesAreRefusedUnlessOverridden() {
        anomalies.add(Anomaly.error("FR_BUYER_SIREN_MISSING", "buyer.siren", "the buyer's SIREN is missing"));
        anomalies.add(Anomaly.error("PLAN_NOT_100_PERCENT", "", "the plan bills 90 %"));
        anomalies.add(Anomaly.warning("FR_DELIVERY_DATE", "deliveryDate", "no delivery date"));
        Invoice draft = IssuingSamples.draft(uniqueId("inv"));
        AnomalyOverride one = new AnomalyOverride("FR_BUYER_SIREN_MISSING", "public body without SIREN", "claire.durand");

        assertThatThrownBy(() -> issuer().issue(draft, "claire.durand", List.of(one)))
                .isInstanceOf(AnomaliesRefusedException.class)
                .satisfies(e -> assertThat(((AnomaliesRefusedException) e).anomalies()).extracting(Anomaly::code)
                        .containsExactly("PLAN_NOT_100_PERCENT"));
        assertThat(stores.documents().findInvoice(draft.id())).isEmpty();
        assertThat(stores.numbers().current(new SequenceKey(company, "FA", "2026"))).isEmpty();
        assertThat(stores.audit().records(company)).isEmpty();

        AnomalyOverride two = new AnomalyOverride("PLAN_NOT_100_PERCENT", "balance billed separately", "paul.martin");
        Invoice issued = issuer().issue(draft, "claire.durand", List.of(one, two));
        assertThat(issued.number()).contains("FA-2026-000001");
        List<AuditRecord> trail = stores.audit().records(company);
        assertThat(trail).extracting(r -> r.entry().action())
                .containsExactly(AuditAction.ANOMALY_OVERRIDDEN, AuditAction.ANOMALY_OVERRIDDEN, AuditAction.ISSUED);
        assertThat(trail.get(1).entry().actor()).isEqualTo("paul.martin");
        assertThat(trail.get(1).entry().details()).contains("PLAN_NOT_100_PERCENT").contains("balance billed separately");
        assertThat(issuer().issue(draft, "claire.durand")).isEqualTo(issued);
    }

    @Test
    void aFailureAnywhereLeavesNothingAndNoGap() {
        Outbox broken = new Outbox() {
            @Override
            public void append(DomainEvent event) {
                throw new IllegalStateException("outbox unavailable");
            }

            @Override
            public List<OutboxMessage> claim(int max) {
                return List.of();
            }

            @Override
            public void markDelivered(List<Long> ids) {
            }

            @Override
            public long pending() {
                return 0;
            }
        };
        IssuingStores failing = new IssuingStores(stores.transactions(), stores.documents(), stores.numbers(), stores.audit(), broken,
                stores.processedEvents());
        Invoice draft = IssuingSamples.draft(uniqueId("inv"));
        stores.documents().saveDraft(company, draft);
        assertThatThrownBy(() -> issuer(failing).issue(draft, "claire.durand")).hasMessage("outbox unavailable");
        assertThat(stores.documents().findInvoice(draft.id())).contains(draft);
        assertThat(stores.numbers().current(new SequenceKey(company, "FA", "2026"))).isEmpty();
        assertThat(stores.audit().records(company)).isEmpty();
        assertThat(issuer().issue(draft, "claire.durand").number()).contains("FA-2026-000001");
    }

    @Test
    void aLaterNumberNeverHasAnEarlierDate() {
        issuer().issue(IssuingSamples.draft(uniqueId("inv")), "a");
        clock.set(IssuingSamples.NOW.minusSeconds(2 * 86_400));
        Invoice draft = IssuingSamples.draft(uniqueId("inv"));
        assertThatThrownBy(() -> issuer().issue(draft, "a")).isInstanceOf(ChronologyException.class);
        assertThat(stores.documents().findInvoice(draft.id())).isEmpty();
        clock.set(IssuingSamples.NOW);
        assertThat(issuer().issue(draft, "a").number()).contains("FA-2026-000002");
    }

    @Test
    void concurrentIssuersProduceConsecutiveNumbers() throws Exception {
        int threads = 4;
        int each = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<String> numbers = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        numbers.add(issuer().issue(IssuingSamples.draft(uniqueId("inv")), "a").number().orElseThrow());
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> expected = IntStream.rangeClosed(1, threads * each).mapToObj(n -> String.format("FA-2026-%06d", n)).toList();
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(stores.audit().verify(company).intact()).isTrue();
        assertThat(stores.audit().records(company)).hasSize(threads * each);
    }

    @Test
    void theJournalRecordsPaymentsOverdueAndReminders() {
        DocumentJournal journal = new DocumentJournal(stores, clock);
        Invoice a = issuer().issue(IssuingSamples.draft(uniqueId("inv")), "a");
        Invoice b = issuer().issue(IssuingSamples.draft(uniqueId("inv")), "a");
        Payment payment = IssuingSamples.payment(uniqueId("pay"), "3000.00", LocalDate.of(2026, 11, 25));
        List<Invoice> changed = journal.recordPayment(company, payment, List.of(
                new PaymentAllocation(payment.id(), a.id(), Money.of("2340.00", "EUR")),
                new PaymentAllocation(payment.id(), b.id(), Money.of("660.00", "EUR"))), "bank-feed");
        assertThat(changed).extracting(Invoice::status).containsExactly(InvoiceStatus.PAID, InvoiceStatus.PARTLY_PAID);
        assertThat(journal.recordPayment(company, payment, List.of(), "bank-feed")).isEmpty();
        assertThat(stores.documents().findInvoice(a.id()).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);

        assertThat(journal.markOverdueIfDue(company, b.id(), LocalDate.of(2026, 12, 20), "scheduler").status()).isEqualTo(InvoiceStatus.PARTLY_PAID);
        assertThat(journal.markOverdueIfDue(company, b.id(), LocalDate.of(2026, 12, 21), "scheduler").status()).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(journal.markOverdueIfDue(company, a.id(), LocalDate.of(2026, 12, 21), "scheduler").status()).isEqualTo(InvoiceStatus.PAID);
        journal.recordReminder(company, b.id(), 1, "scheduler");

        assertThat(stores.audit().records(company)).extracting(r -> r.entry().action()).containsExactly(
                AuditAction.ISSUED, AuditAction.ISSUED, AuditAction.PAYMENT_RECEIVED, AuditAction.PAID, AuditAction.PARTLY_PAID,
                AuditAction.OVERDUE, AuditAction.REMINDED);
        assertThat(stores.audit().verify(company).intact()).isTrue();
        assertThat(outboxAbout(a.id(), b.id(), payment.id())).extracting(OutboxMessage::type).containsExactly("InvoiceIssued", "InvoiceIssued",
                "PaymentReceived", "InvoicePaymentStatusChanged", "InvoicePaymentStatusChanged", "InvoiceOverdue", "InvoiceReminded");
    }
}
