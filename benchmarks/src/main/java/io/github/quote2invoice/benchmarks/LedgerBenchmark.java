package io.github.quote2invoice.benchmarks;

import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.receivable.LedgerEntry;
import io.github.quote2invoice.receivable.PaymentLedger;
import io.github.quote2invoice.receivable.Receivable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The payment ledger at the size of a few years of a business: {@code invoices} invoices, each paid by
 * one transfer (three entries each: registered, recorded, allocated), spread over 50 buyers.
 * <ul>
 *   <li>{@link #replay}: reading the whole journal back, what {@code PaymentBook.open} does at start-up;</li>
 *   <li>{@link #recordAndAllocate}: one more payment recorded and allocated oldest-first to a new invoice,
 *       what a webhook or a statement line costs on a ledger of that size (the ledger is immutable: an
 *       operation copies the tables it changes).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class LedgerBenchmark {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    /** Invoices in the ledger. */
    @Param({"5000", "20000"})
    public int invoices;

    private List<LedgerEntry> entries;
    private PaymentLedger ledger;
    private Receivable next;
    private Payment nextPayment;

    /** Builds the journal once, by replaying entries made up front (building it op by op would take minutes at 20,000). */
    @Setup
    public void setUp() {
        LedgerEntry[] made = new LedgerEntry[invoices * 3];
        for (int i = 0; i < invoices; i++) {
            String buyer = buyer(i);
            made[3 * i] = new LedgerEntry.Registered(receivable(i));
            made[3 * i + 1] = new LedgerEntry.Recorded(payment(i), buyer);
            made[3 * i + 2] = new LedgerEntry.Allocated("pay-" + i, "inv-" + i, Money.of("1200.00", "EUR"));
        }
        entries = List.of(made);
        ledger = PaymentLedger.replay(EUR, entries);
        next = receivable(invoices);
        nextPayment = payment(invoices);
    }

    private static String buyer(int i) {
        return "SIREN:" + (100_000_000 + i % 50);
    }

    private static Receivable receivable(int i) {
        return new Receivable("inv-" + i, "FA-2026-" + i, buyer(i), "Buyer " + i % 50, Money.of("1200.00", "EUR"), DAY.plusDays(i % 300),
                DAY.plusDays(i % 300 + 30), Optional.empty());
    }

    private static Payment payment(int i) {
        return new Payment("pay-" + i, Money.of("1200.00", "EUR"), PaymentMethod.BANK_TRANSFER, DAY.plusDays(i % 300 + 20), Optional.empty(),
                Optional.empty());
    }

    /** The whole journal read back. */
    @Benchmark
    public PaymentLedger replay() {
        return PaymentLedger.replay(EUR, entries);
    }

    /** One invoice registered, then one payment recorded and allocated oldest-first, on the big ledger. */
    @Benchmark
    public PaymentLedger recordAndAllocate() {
        return ledger.register(next).record(nextPayment, buyer(invoices)).allocateOldestFirst(nextPayment.id());
    }
}
