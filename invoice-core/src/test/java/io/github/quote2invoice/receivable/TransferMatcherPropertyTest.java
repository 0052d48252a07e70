package io.github.quote2invoice.receivable;

import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.CreditorReference;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Random statements against random open invoices. The oracle decides each line with plain rules over
 * its own BigDecimal record of what each invoice still asks (first, over all lines, a quoted reference
 * -> that invoice if it still asks something; then, line by line, a single open invoice of exactly that
 * amount whose buyer has the payer's name -> that one; else nobody) and the matcher's ledger must agree
 * to the cent. With these one-word names a second import can match nothing new, so it must change nothing. Replay with {@code -Dq2i.seed=<seed>}.
 */
class TransferMatcherPropertyTest {
    private static final String[] NAMES = {"Martin", "Durand", "Lefebvre", "Moreau"};
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void matcherAgreesWithTheOracle() {
        long seed = Long.getLong("q2i.seed", System.nanoTime());
        try {
            qt().withFixedSeed(seed).withExamples(1000).forAll(longs().all()).checkAssert(TransferMatcherPropertyTest::run);
        } catch (AssertionError e) {
            throw new AssertionError("replay with -Dq2i.seed=" + seed + "\n" + e.getMessage(), e);
        }
    }

    private static void run(long caseSeed) {
        Random r = new Random(caseSeed);
        PaymentLedger ledger = PaymentLedger.empty(java.util.Currency.getInstance("EUR"));
        int n = 1 + r.nextInt(6);
        Map<String, BigDecimal> due = new HashMap<>();
        Map<String, String> buyerOf = new HashMap<>();
        List<Receivable> receivables = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = NAMES[r.nextInt(NAMES.length)];
            // Few distinct amounts, so that amount-and-name collisions (ambiguity) happen.
            BigDecimal amount = BigDecimal.valueOf(100 + 50 * r.nextInt(4), 0).setScale(2);
            Receivable rec = new Receivable("inv-" + i, "FA-" + i, "NAME:" + name, name + " SARL", Money.of(amount, ledger.currency()), DAY,
                    DAY.plusDays(30), Optional.of(CreditorReference.of("FA" + i + "X" + r.nextInt(1000))));
            ledger = ledger.register(rec);
            receivables.add(rec);
            due.put(rec.invoiceId(), amount);
            buyerOf.put(rec.invoiceId(), name);
        }
        List<BankStatementLine> lines = new ArrayList<>();
        int m = 1 + r.nextInt(8);
        for (int j = 0; j < m; j++) {
            Receivable target = receivables.get(r.nextInt(n));
            BigDecimal amount = r.nextBoolean() ? due.get(target.invoiceId()) : BigDecimal.valueOf(1 + r.nextInt(30_000), 2);
            String remittance = switch (r.nextInt(3)) {
                case 0 -> "Facture " + spaced(target.reference().orElseThrow().value(), r) + " merci";
                case 1 -> "paiement";
                default -> null;
            };
            String payer = r.nextInt(4) == 0 ? null : NAMES[r.nextInt(NAMES.length)].toUpperCase(Locale.ROOT);
            lines.add(new BankStatementLine("L" + j, DAY, Money.of(amount, ledger.currency()), Optional.ofNullable(remittance),
                    Optional.ofNullable(payer)));
        }

        Reconciliation result = new TransferMatcher().reconcile(ledger, lines);

        // The oracle: references first over the whole statement, then amount and name in order.
        Map<String, BigDecimal> allocated = new HashMap<>();
        BigDecimal[] overpaid = {BigDecimal.ZERO};
        String[] expected = new String[m];
        boolean[] decided = new boolean[m];
        for (int j = 0; j < m; j++) {
            String text = lines.get(j).remittance().map(t -> t.toUpperCase(Locale.ROOT).replace(" ", "")).orElse("");
            for (Receivable rec : receivables) {
                if (text.contains(rec.reference().orElseThrow().value())) {
                    decided[j] = true;
                    expected[j] = due.get(rec.invoiceId()).signum() > 0 ? rec.invoiceId() : null;
                }
            }
            if (expected[j] != null) {
                pay(expected[j], lines.get(j).amount().amount(), due, allocated, overpaid);
            }
        }
        for (int j = 0; j < m; j++) {
            BankStatementLine line = lines.get(j);
            if (decided[j] || line.payerName().isEmpty()) {
                continue;
            }
            List<String> candidates = new ArrayList<>();
            for (Receivable rec : receivables) {
                if (due.get(rec.invoiceId()).signum() > 0 && due.get(rec.invoiceId()).compareTo(line.amount().amount()) == 0
                        && buyerOf.get(rec.invoiceId()).equalsIgnoreCase(line.payerName().get())) {
                    candidates.add(rec.invoiceId());
                }
            }
            if (candidates.size() == 1) {
                expected[j] = candidates.get(0);
                pay(expected[j], line.amount().amount(), due, allocated, overpaid);
            }
        }
        for (int j = 0; j < m; j++) {
            assertThat(result.matches().get(j).invoiceId()).as("line " + j).isEqualTo(Optional.ofNullable(expected[j]));
        }
        for (Receivable rec : receivables) {
            assertThat(result.ledger().amountDue(rec.invoiceId()).amount()).isEqualByComparingTo(due.get(rec.invoiceId()));
        }
        BigDecimal balances = BigDecimal.ZERO;
        for (String name : NAMES) {
            balances = balances.add(result.ledger().creditBalance("NAME:" + name).amount());
        }
        assertThat(balances).isEqualByComparingTo(overpaid[0]);
        // Importing the same statement again records nothing.
        assertThat(new TransferMatcher().reconcile(result.ledger(), lines).ledger()).isEqualTo(result.ledger());
    }

    private static void pay(String invoiceId, BigDecimal amount, Map<String, BigDecimal> due, Map<String, BigDecimal> allocated,
                            BigDecimal[] overpaid) {
        BigDecimal take = amount.min(due.get(invoiceId));
        due.put(invoiceId, due.get(invoiceId).subtract(take));
        allocated.merge(invoiceId, take, BigDecimal::add);
        overpaid[0] = overpaid[0].add(amount.subtract(take));
    }

    /** The reference as a payer might type it: groups of four or not, upper or lower case. */
    private static String spaced(String ref, Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ref.length(); i++) {
            if (i > 0 && i % 4 == 0 && r.nextBoolean()) {
                b.append(' ');
            }
            b.append(ref.charAt(i));
        }
        return r.nextBoolean() ? b.toString().toLowerCase(Locale.ROOT) : b.toString();
    }
}
