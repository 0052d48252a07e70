package io.github.quote2invoice.receivable.contract;

import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.CreditorReference;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.payment.Reversal;
import io.github.quote2invoice.payment.spi.GatewayEvent;
import io.github.quote2invoice.receivable.GatewayEventRecorder;
import io.github.quote2invoice.receivable.LedgerChain;
import io.github.quote2invoice.receivable.LedgerEntry;
import io.github.quote2invoice.receivable.PaymentBook;
import io.github.quote2invoice.receivable.PaymentLedger;
import io.github.quote2invoice.receivable.Receivable;
import io.github.quote2invoice.receivable.spi.LedgerJournal;
import io.github.quote2invoice.receivable.spi.LedgerJournal.Append;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of {@link LedgerJournal}: entries come back as written (every kind, every optional
 * part, currencies of 0, 2 and 3 decimals), positions and keys make writers safe, and a
 * {@link PaymentBook} kept in the journal survives its process and is shared by several. Each test
 * works on books of its own, so databases can be shared between tests.
 */
public abstract class LedgerJournalContract {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    /** The journal under test; called once per test. */
    protected abstract LedgerJournal newJournal();

    /** Number of threads of the concurrency tests. */
    protected int threads() {
        return 8;
    }

    protected LedgerJournal journal;

    @BeforeEach
    void setUpJournal() {
        journal = newJournal();
    }

    private static String book() {
        return "book-" + UUID.randomUUID();
    }

    private static Receivable receivable(String id, String amount, String currency, boolean withReference) {
        return new Receivable(id, "FA-2026-" + id, "SIREN:851234567", "Boulangerie Martin SARL", Money.of(amount, currency), DAY,
                DAY.plusDays(30), withReference ? Optional.of(CreditorReference.fromDocumentNumber("FA-2026-" + id)) : Optional.empty());
    }

    private static Payment payment(String id, String amount, String currency, boolean full) {
        return new Payment(id, Money.of(amount, currency), PaymentMethod.BANK_TRANSFER, DAY.plusDays(3),
                full ? Optional.of("VIR SEPA " + id + " éàü") : Optional.empty(), full ? Optional.of("Boulangerie Martin") : Optional.empty());
    }

    /** One entry of every kind, with and without optional parts. */
    private static List<LedgerEntry> everyKind(String currency, String unit) {
        return List.of(
                new LedgerEntry.Registered(receivable("inv-1", "12" + unit, currency, true)),
                new LedgerEntry.Registered(receivable("inv-2", "7" + unit, currency, false)),
                new LedgerEntry.Recorded(payment("pay-1", "15" + unit, currency, true), "SIREN:851234567"),
                new LedgerEntry.Recorded(payment("pay-2", "1" + unit, currency, false), "SIREN:851234567"),
                new LedgerEntry.Allocated("pay-1", "inv-1", Money.of("12" + unit, currency)),
                new LedgerEntry.Credited("cn-1", "inv-2", Money.of("2" + unit, currency)),
                new LedgerEntry.Reversed(new Reversal("re-1", "pay-2", Money.of("1" + unit, currency), Reversal.Kind.CHARGEBACK, DAY.plusDays(9))));
    }

    /** {@link LedgerJournal#append} with the chain digest the journal holds after {@code at} entries (what a writer that read them knows). */
    private Append append(String book, int at, List<LedgerEntry> entries, Optional<String> key) {
        String chain = at == 0 ? LedgerChain.START : journal.chainAt(book, at - 1).orElse(LedgerChain.START);
        return journal.append(book, at, chain, entries, key);
    }

    @Test
    void unknownBookIsEmpty() {
        assertThat(journal.read(book(), 0)).isEmpty();
        assertThat(journal.keyUsed(book(), "evt_1")).isFalse();
    }

    @Test
    void entriesComeBackAsWrittenInEveryCurrencyScale() {
        for (String[] c : new String[][] {{"EUR", ".45"}, {"JPY", ""}, {"KWD", ".125"}}) {
            String book = book();
            List<LedgerEntry> entries = everyKind(c[0], c[1]);
            // the entries are a valid ledger history: the ledger they make is what a book reads back
            PaymentLedger ledger = PaymentLedger.replay(Currency.getInstance(c[0]), entries);
            assertThat(append(book, 0, entries, Optional.empty())).isEqualTo(Append.APPENDED);
            assertThat(journal.read(book, 0)).as(c[0]).isEqualTo(entries);
            assertThat(journal.read(book, 4)).isEqualTo(entries.subList(4, entries.size()));
            assertThat(journal.read(book, entries.size())).isEmpty();
            assertThat(PaymentBook.open(journal, book, Currency.getInstance(c[0])).current().entries()).isEqualTo(ledger.entries());
        }
    }

    @Test
    void aTakenPositionWritesNothing() {
        String book = book();
        List<LedgerEntry> entries = everyKind("EUR", ".45");
        assertThat(append(book, 0, entries.subList(0, 2), Optional.empty())).isEqualTo(Append.APPENDED);
        assertThat(append(book, 1, entries.subList(2, 4), Optional.of("evt_late"))).isEqualTo(Append.POSITION_TAKEN);
        assertThat(journal.read(book, 0)).isEqualTo(entries.subList(0, 2));
        assertThat(journal.keyUsed(book, "evt_late")).as("the key of a refused append is not kept").isFalse();
        assertThat(append(book, 2, entries.subList(2, 4), Optional.of("evt_late"))).isEqualTo(Append.APPENDED);
        assertThat(journal.read(book, 0)).isEqualTo(entries.subList(0, 4));
    }

    @Test
    void aUsedKeyWritesNothing() {
        String book = book();
        List<LedgerEntry> entries = everyKind("EUR", ".45");
        assertThat(append(book, 0, entries.subList(0, 1), Optional.of("evt_1"))).isEqualTo(Append.APPENDED);
        assertThat(journal.keyUsed(book, "evt_1")).isTrue();
        assertThat(append(book, 1, entries.subList(1, 2), Optional.of("evt_1"))).isEqualTo(Append.KEY_USED);
        assertThat(journal.read(book, 0)).hasSize(1);
        // a key alone (a change that added no entry) is kept too, and keys belong to their book
        assertThat(append(book, 1, List.of(), Optional.of("evt_2"))).isEqualTo(Append.APPENDED);
        assertThat(journal.keyUsed(book, "evt_2")).isTrue();
        assertThat(journal.keyUsed(book(), "evt_1")).isFalse();
    }

    @Test
    void aGapIsRefusedAndKeepsNothing() {
        String book = book();
        List<LedgerEntry> entries = everyKind("EUR", ".45");
        append(book, 0, entries.subList(0, 1), Optional.empty());
        assertThatThrownBy(() -> append(book, 3, entries.subList(1, 2), Optional.of("evt_gap")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("OUT_OF_RANGE");
        assertThat(journal.keyUsed(book, "evt_gap")).isFalse();
        assertThat(journal.read(book, 0)).hasSize(1);
    }

    /** Same number of entries, another history (what a writer holding a rolled-back update would try): refused. */
    @Test
    void anotherHistoryAtTheSamePositionIsRefused() {
        String book = book();
        List<LedgerEntry> entries = everyKind("EUR", ".45");
        append(book, 0, entries.subList(0, 2), Optional.empty());
        String otherHistory = LedgerChain.next(LedgerChain.next(LedgerChain.START, entries.get(1)), entries.get(0));
        assertThat(journal.append(book, 2, otherHistory, entries.subList(2, 3), Optional.of("evt_x"))).isEqualTo(Append.POSITION_TAKEN);
        assertThat(journal.keyUsed(book, "evt_x")).isFalse();
        assertThat(journal.chainAt(book, 1)).contains(LedgerChain.next(LedgerChain.next(LedgerChain.START, entries.get(0)), entries.get(1)));
        assertThat(journal.chainAt(book, 2)).isEmpty();
    }

    /** A key alone is checked against the position too: a change that added nothing on an old ledger must run again on the new one. */
    @Test
    void aKeyAloneAtAnOldPositionIsRefused() {
        String book = book();
        List<LedgerEntry> entries = everyKind("EUR", ".45");
        append(book, 0, entries.subList(0, 1), Optional.empty());
        String chainAfterOne = journal.chainAt(book, 0).orElseThrow();
        append(book, 1, entries.subList(1, 2), Optional.empty());
        assertThat(journal.append(book, 1, chainAfterOne, List.of(), Optional.of("evt_noop"))).isEqualTo(Append.POSITION_TAKEN);
        assertThat(journal.keyUsed(book, "evt_noop")).isFalse();
    }

    @Test
    void booksAreSeparate() {
        String a = book();
        String b = book();
        append(a, 0, everyKind("EUR", ".45").subList(0, 3), Optional.empty());
        assertThat(append(b, 0, everyKind("EUR", ".45").subList(0, 1), Optional.empty())).isEqualTo(Append.APPENDED);
        assertThat(journal.read(b, 0)).hasSize(1);
        assertThat(journal.read(a, 0)).hasSize(3);
    }

    @Test
    void concurrentWritersAtOnePositionOneWins() throws Exception {
        String book = book();
        List<LedgerEntry> entries = everyKind("EUR", ".45");
        append(book, 0, entries.subList(0, 1), Optional.empty());
        int n = threads();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Append>> results = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            LedgerEntry mine = new LedgerEntry.Registered(receivable("inv-t" + t, "10.00", "EUR", false));
            results.add(pool.submit(() -> {
                start.await();
                return append(book, 1, List.of(mine), Optional.empty());
            }));
        }
        start.countDown();
        int appended = 0;
        for (Future<Append> f : results) {
            if (f.get(60, TimeUnit.SECONDS) == Append.APPENDED) {
                appended++;
            }
        }
        pool.shutdown();
        assertThat(appended).isEqualTo(1);
        assertThat(journal.read(book, 0)).hasSize(2);
    }

    /** A book reopened (a restart) has the ledger its updates made; a second book on the same journal (another process) sees them after a refresh. */
    @Test
    void aBookSurvivesItsProcessAndIsShared() {
        String name = book();
        Currency eur = Currency.getInstance("EUR");
        PaymentBook first = PaymentBook.open(journal, name, eur);
        PaymentBook second = PaymentBook.open(journal, name, eur);
        first.update(l -> l.register(receivable("inv-1", "100.00", "EUR", true)).register(receivable("inv-2", "50.00", "EUR", false)));
        // the second process has not read the registrations yet: its update reads them first, then appends after them
        second.update(l -> l.record(payment("pay-1", "120.00", "EUR", true), "SIREN:851234567").allocateOldestFirst("pay-1"));
        assertThat(first.current().amountDue("inv-1").amount()).isEqualByComparingTo("100.00");
        PaymentLedger refreshed = first.refresh();
        assertThat(refreshed.amountDue("inv-1").isZero()).isTrue();
        assertThat(refreshed.amountDue("inv-2").amount()).isEqualByComparingTo("30.00");
        PaymentLedger reopened = PaymentBook.open(journal, name, eur).current();
        assertThat(reopened).isEqualTo(second.current());
        assertThat(reopened.entries()).isEqualTo(second.current().entries());
        assertThat(reopened.allocations()).isEqualTo(second.current().allocations());
    }

    /**
     * The same provider event delivered many times at once, to several processes' books (two here),
     * records one payment: the event id is written with the payment, in the same write.
     */
    @Test
    void parallelDeliveriesOfOneEventRecordOnePayment() throws Exception {
        String name = book();
        Currency eur = Currency.getInstance("EUR");
        PaymentBook.open(journal, name, eur).update(l -> l.register(receivable("inv-1", "100.00", "EUR", true)));
        List<GatewayEventRecorder> recorders = List.of(new GatewayEventRecorder(PaymentBook.open(journal, name, eur)),
                new GatewayEventRecorder(PaymentBook.open(journal, name, eur)));
        GatewayEvent.PaymentSucceeded event = new GatewayEvent.PaymentSucceeded("evt_pay_1", "inv-1",
                new Payment("pi_1", Money.of("100.00", "EUR"), PaymentMethod.CARD, DAY, Optional.of("pi_1"), Optional.empty()));
        int deliveries = deliveries();
        ExecutorService pool = Executors.newFixedThreadPool(threads());
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentHashMap<GatewayEventRecorder.Outcome, Integer> outcomes = new ConcurrentHashMap<>();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < deliveries; i++) {
            GatewayEventRecorder recorder = recorders.get(i % 2);
            done.add(pool.submit(() -> {
                start.await();
                outcomes.merge(recorder.record(event), 1, Integer::sum);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(outcomes.get(GatewayEventRecorder.Outcome.RECORDED)).isEqualTo(1);
        assertThat(outcomes.get(GatewayEventRecorder.Outcome.ALREADY_PROCESSED)).isEqualTo(deliveries - 1);
        PaymentLedger ledger = PaymentBook.open(journal, name, eur).current();
        assertThat(ledger.payments()).hasSize(1);
        assertThat(ledger.amountDue("inv-1").isZero()).isTrue();
        assertThat(journal.read(name, 0)).hasSize(3); // registered, recorded, allocated
    }

    /** Deliveries of {@link #parallelDeliveriesOfOneEventRecordOnePayment}. */
    protected int deliveries() {
        return 1_000;
    }
}
