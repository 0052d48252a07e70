package io.github.quote2invoice.receivable;

import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentAllocation;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.payment.Reversal;
import io.github.quote2invoice.invoice.InvoiceStatus;
import io.github.quote2invoice.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * For any sequence of payments, allocations, credit notes, refunds and replays, the ledger keeps its
 * rules. The oracle is plain BigDecimal arithmetic over the ledger's raw records (payments, reversals,
 * allocations) and over a side model of what was invoiced and credited, kept by the test itself.
 * Replay a failure with {@code -Dq2i.seed=<seed printed in the failure>}.
 */
class PaymentLedgerPropertyTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final String[] BUYERS = {"SIREN:851234567", "VAT:BE0123456749"};

    @Test
    void rulesHoldForAnySequence() {
        long seed = Long.getLong("q2i.seed", System.nanoTime());
        try {
            qt().withFixedSeed(seed).withExamples(2000)
                    .forAll(lists().of(longs().all()).ofSizeBetween(1, 30))
                    .checkAssert(PaymentLedgerPropertyTest::run);
        } catch (AssertionError e) {
            throw new AssertionError("replay with -Dq2i.seed=" + seed + "\n" + e.getMessage(), e);
        }
    }

    private static void run(List<Long> opSeeds) {
        PaymentLedger ledger = PaymentLedger.empty(EUR);
        Map<String, BigDecimal> invoiced = new HashMap<>();
        Map<String, BigDecimal> credited = new HashMap<>();
        List<String> invoiceIds = new ArrayList<>();
        Random setup = new Random(opSeeds.get(0));
        for (int i = 0; i < 4; i++) {
            String id = "inv-" + i;
            BigDecimal amount = cents(setup.nextInt(200_000));
            ledger = ledger.register(new Receivable(id, "FA-" + i, BUYERS[i % 2], "Buyer " + i % 2, Money.of(amount, EUR),
                    DAY, DAY.plusDays(setup.nextInt(60)), Optional.empty()));
            invoiced.put(id, amount);
            credited.put(id, BigDecimal.ZERO);
            invoiceIds.add(id);
        }
        List<UnaryOperator<PaymentLedger>> accepted = new ArrayList<>();
        int counter = 0;
        for (long opSeed : opSeeds) {
            Random r = new Random(opSeed);
            List<String> paymentIds = ledger.payments().stream().map(Payment::id).toList();
            String inv = invoiceIds.get(r.nextInt(invoiceIds.size()));
            String pay = paymentIds.isEmpty() ? "none" : paymentIds.get(r.nextInt(paymentIds.size()));
            BigDecimal x = cents(1 + r.nextInt(r.nextBoolean() ? 5_000 : 150_000));
            Money m = Money.of(x, EUR);
            String id = "op-" + counter++;
            PaymentLedger before = ledger;
            UnaryOperator<PaymentLedger> op;
            boolean expectAccepted;
            int kind = r.nextInt(6);
            switch (kind) {
                case 0 -> {
                    Payment p = new Payment(id, m, PaymentMethod.BANK_TRANSFER, DAY, Optional.empty(), Optional.empty());
                    String buyer = BUYERS[r.nextInt(2)];
                    op = l -> l.record(p, buyer);
                    expectAccepted = true;
                }
                case 1 -> {
                    op = l -> l.allocate(pay, inv, m);
                    expectAccepted = !pay.equals("none") && x.compareTo(oracleUnallocated(before, pay)) <= 0
                            && x.compareTo(oracleDue(before, inv, invoiced, credited)) <= 0;
                }
                case 2 -> {
                    op = l -> l.applyCredit(id, inv, m);
                    expectAccepted = credited.get(inv).add(x).compareTo(invoiced.get(inv)) <= 0;
                }
                case 3 -> {
                    Reversal rev = new Reversal(id, pay, m, r.nextBoolean() ? Reversal.Kind.REFUND : Reversal.Kind.CHARGEBACK, DAY);
                    op = l -> l.reverse(rev);
                    expectAccepted = !pay.equals("none") && x.compareTo(oracleReceived(before, pay).subtract(oracleReversed(before, pay))) <= 0;
                }
                case 4 -> {
                    op = l -> l.allocateOldestFirst(pay);
                    expectAccepted = !pay.equals("none");
                }
                default -> {
                    if (accepted.isEmpty()) {
                        continue;
                    }
                    // Replaying anything already accepted must change nothing: nothing is counted twice.
                    UnaryOperator<PaymentLedger> replay = accepted.get(r.nextInt(accepted.size()));
                    assertThat(replay.apply(before)).isEqualTo(before);
                    continue;
                }
            }
            try {
                ledger = op.apply(before);
                assertThat(expectAccepted).as("operation accepted although the oracle refuses it").isTrue();
                if (kind == 0 || kind == 2 || kind == 3) {
                    accepted.add(op);
                }
            } catch (PaymentLedgerException e) {
                assertThat(expectAccepted).as("operation refused although the oracle accepts it: " + e.getMessage()).isFalse();
                continue;
            }
            checkEffects(kind, before, ledger, inv, pay, x, invoiced, credited);
            if (kind == 2) {
                credited.merge(inv, x, BigDecimal::add);
            }
            checkInvariants(ledger, invoiced, credited);
        }
        // The entries are the whole history: replayed, they give the same ledger, allocation order included
        // (it decides what a refund releases first), and every prefix is an ancestor.
        PaymentLedger replayed = PaymentLedger.replay(EUR, ledger.entries());
        assertThat(replayed).isEqualTo(ledger);
        assertThat(replayed.allocations()).isEqualTo(ledger.allocations());
        assertThat(replayed.entries()).isEqualTo(ledger.entries());
        int cut = new Random(opSeeds.get(opSeeds.size() - 1)).nextInt(ledger.entryCount() + 1);
        PaymentLedger prefix = PaymentLedger.replay(EUR, ledger.entries().subList(0, cut));
        assertThat(ledger.entriesAfter(cut)).isEqualTo(ledger.entries().subList(cut, ledger.entryCount()));
        assertThat(PaymentLedger.replay(EUR, ledger.entries().subList(0, cut)).entryCount()).isEqualTo(cut);
        assertThat(ledger.descendsFrom(prefix)).as("a ledger built apart is not an ancestor, even when equal").isEqualTo(cut == 0);
    }

    /** The exact effect each accepted operation must have, stated as sums. */
    private static void checkEffects(int kind, PaymentLedger before, PaymentLedger after, String inv, String pay, BigDecimal x,
                                     Map<String, BigDecimal> invoiced, Map<String, BigDecimal> credited) {
        BigDecimal allocatedBefore = oracleAllocatedTotal(before);
        BigDecimal allocatedAfter = oracleAllocatedTotal(after);
        if (kind == 3) {
            BigDecimal free = oracleUnallocated(before, pay);
            BigDecimal released = x.subtract(free).max(BigDecimal.ZERO);
            assertThat(oracleAllocatedFrom(after, pay)).isEqualByComparingTo(oracleAllocatedFrom(before, pay).subtract(released));
            assertThat(allocatedAfter).isEqualByComparingTo(allocatedBefore.subtract(released));
        } else if (kind == 2) {
            BigDecimal newCredited = credited.get(inv).add(x);
            BigDecimal excess = oracleAllocatedTo(before, inv).subtract(invoiced.get(inv).subtract(newCredited)).max(BigDecimal.ZERO);
            assertThat(oracleAllocatedTo(after, inv)).isEqualByComparingTo(oracleAllocatedTo(before, inv).subtract(excess));
            assertThat(allocatedAfter).isEqualByComparingTo(allocatedBefore.subtract(excess));
        } else if (kind == 1) {
            assertThat(allocatedAfter).isEqualByComparingTo(allocatedBefore.add(x));
            assertThat(oracleAllocatedTo(after, inv)).isEqualByComparingTo(oracleAllocatedTo(before, inv).add(x));
        } else if (kind == 4) {
            // Oldest first allocates all it can: afterwards the payment is spent or the buyer owes nothing.
            String buyer = after.buyerOf(pay).orElseThrow();
            BigDecimal buyerDue = after.receivables().stream().filter(r -> r.buyerId().equals(buyer))
                    .map(r -> invoiced.get(r.invoiceId()).subtract(credited.get(r.invoiceId())).subtract(oracleAllocatedTo(after, r.invoiceId())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(oracleUnallocated(after, pay).signum() == 0 || buyerDue.signum() == 0).isTrue();
        }
    }

    private static void checkInvariants(PaymentLedger l, Map<String, BigDecimal> invoiced, Map<String, BigDecimal> credited) {
        BigDecimal receivedTotal = BigDecimal.ZERO;
        BigDecimal reversedTotal = BigDecimal.ZERO;
        BigDecimal unallocatedTotal = BigDecimal.ZERO;
        for (Payment p : l.payments()) {
            BigDecimal received = p.amount().amount();
            BigDecimal reversed = oracleReversed(l, p.id());
            BigDecimal allocated = oracleAllocatedFrom(l, p.id());
            // Never allocate more than was paid.
            assertThat(allocated.add(reversed)).isLessThanOrEqualTo(received);
            assertThat(l.unallocated(p.id()).amount()).isEqualByComparingTo(received.subtract(reversed).subtract(allocated));
            receivedTotal = receivedTotal.add(received);
            reversedTotal = reversedTotal.add(reversed);
            unallocatedTotal = unallocatedTotal.add(received.subtract(reversed).subtract(allocated));
        }
        // Every cent received is exactly once allocated, given back or credit balance.
        BigDecimal allocatedTotal = oracleAllocatedTotal(l);
        assertThat(receivedTotal).isEqualByComparingTo(allocatedTotal.add(reversedTotal).add(unallocatedTotal));
        BigDecimal balances = BigDecimal.ZERO;
        for (String b : BUYERS) {
            balances = balances.add(l.creditBalance(b).amount());
        }
        assertThat(balances).isEqualByComparingTo(unallocatedTotal);
        for (Receivable r : l.receivables()) {
            String id = r.invoiceId();
            BigDecimal due = invoiced.get(id).subtract(credited.get(id)).subtract(oracleAllocatedTo(l, id));
            // Never allocate more than is due; amount due exact to the cent.
            assertThat(due.signum()).isGreaterThanOrEqualTo(0);
            assertThat(l.amountDue(id).amount()).isEqualByComparingTo(due);
            InvoiceStatus s = l.status(id, DAY);
            boolean cancelled = credited.get(id).signum() > 0 && credited.get(id).compareTo(invoiced.get(id)) == 0;
            assertThat(s == InvoiceStatus.CANCELLED).isEqualTo(cancelled);
            // PAID exactly when nothing is due (and it was not cancelled by credit notes).
            assertThat(s == InvoiceStatus.PAID).isEqualTo(due.signum() == 0 && !cancelled);
            if (due.signum() > 0) {
                assertThat(s).isIn(InvoiceStatus.ISSUED, InvoiceStatus.PARTLY_PAID, InvoiceStatus.OVERDUE);
            }
        }
        for (PaymentAllocation a : l.allocations()) {
            assertThat(a.amount().isPositive()).isTrue();
        }
        // Each (payment, invoice) pair appears once.
        assertThat(l.allocations().stream().map(a -> a.paymentId() + "/" + a.invoiceId()).distinct().count())
                .isEqualTo(l.allocations().size());
    }

    private static BigDecimal oracleReceived(PaymentLedger l, String pay) {
        return l.payments().stream().filter(p -> p.id().equals(pay)).map(p -> p.amount().amount()).findFirst().orElse(BigDecimal.ZERO);
    }

    private static BigDecimal oracleReversed(PaymentLedger l, String pay) {
        return l.reversals().stream().filter(r -> r.paymentId().equals(pay)).map(r -> r.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal oracleAllocatedFrom(PaymentLedger l, String pay) {
        return l.allocations().stream().filter(a -> a.paymentId().equals(pay)).map(a -> a.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal oracleAllocatedTo(PaymentLedger l, String inv) {
        return l.allocations().stream().filter(a -> a.invoiceId().equals(inv)).map(a -> a.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal oracleAllocatedTotal(PaymentLedger l) {
        return l.allocations().stream().map(a -> a.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal oracleUnallocated(PaymentLedger l, String pay) {
        return oracleReceived(l, pay).subtract(oracleReversed(l, pay)).subtract(oracleAllocatedFrom(l, pay));
    }

    private static BigDecimal oracleDue(PaymentLedger l, String inv, Map<String, BigDecimal> invoiced, Map<String, BigDecimal> credited) {
        return invoiced.get(inv).subtract(credited.get(inv)).subtract(oracleAllocatedTo(l, inv));
    }

    private static BigDecimal cents(int n) {
        return BigDecimal.valueOf(n, 2);
    }
}
