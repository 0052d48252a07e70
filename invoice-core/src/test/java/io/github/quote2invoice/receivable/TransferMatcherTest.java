package io.github.quote2invoice.receivable;

import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceStatus;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Address;
import io.github.quote2invoice.party.Party;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.receivable.spi.InMemoryLedgerJournal;
import io.github.quote2invoice.receivable.spi.LedgerJournal;
import io.github.quote2invoice.testing.DraftInvoices;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Each sample invoice asks EUR 3660.00 (see {@link PaymentLedgerTest}). */
class TransferMatcherTest {
    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 25);
    private static final LocalDate BOOKED = LocalDate.of(2026, 12, 3);
    private final TransferMatcher matcher = new TransferMatcher();

    private static Invoice invoice(String id, String number) {
        return DraftInvoices.frenchB2b().id(id).build().issue(number, ISSUED);
    }

    private static Invoice invoiceTo(String id, String number, String buyerName) {
        Party buyer = Party.builder(buyerName, Address.of("1 rue Haute", "13001", "Marseille", "FR")).build();
        return DraftInvoices.frenchB2b().id(id).buyer(buyer).build().issue(number, ISSUED);
    }

    private static BankStatementLine line(String id, String amount, String remittance, String payer) {
        return new BankStatementLine(id, BOOKED, Money.of(amount, "EUR"), Optional.ofNullable(remittance), Optional.ofNullable(payer));
    }

    private static PaymentLedger ledger(Invoice... invoices) {
        return PaymentLedgerTest.ledgerWith(invoices);
    }

    @Test
    void referenceFirstEvenWithSpacesAndOtherText() {
        PaymentLedger l = ledger(invoice("inv-1", "FA-2026-000042"), invoice("inv-2", "FA-2026-000043"));
        // RF84FA2026000042 printed in groups of four, typed in lower case, amid other words, by someone else.
        Reconciliation r = matcher.reconcile(l, List.of(line("L1", "3660.00", "virement rf84 fa20 2600 0042 merci", "M. DUPONT")));
        assertThat(r.matches()).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo(TransferMatch.Rule.REFERENCE);
            assertThat(m.invoiceId()).contains("inv-1");
        });
        assertThat(r.ledger().status("inv-1", BOOKED)).isEqualTo(InvoiceStatus.PAID);
        assertThat(r.ledger().payment("bank:L1").orElseThrow().payerName()).contains("M. DUPONT");
        // Importing the same statement again records nothing twice.
        Reconciliation again = matcher.reconcile(r.ledger(), List.of(line("L1", "3660.00", "virement rf84 fa20 2600 0042 merci", "M. DUPONT")));
        assertThat(again.ledger()).isEqualTo(r.ledger());
        assertThat(again.matches().get(0).rule()).isEqualTo(TransferMatch.Rule.ALREADY_RECORDED);
    }

    /** The pattern of docs/payments.md: reconciling inside a kept book's update, keeping the last result. */
    @Test
    void reconcilingInsideABookUpdate() {
        LedgerJournal journal = new InMemoryLedgerJournal();
        PaymentBook book = PaymentBook.open(journal, "acme/EUR", Money.currency("EUR"));
        book.update(l -> l.register(invoice("inv-1", "FA-2026-000042")).register(invoice("inv-2", "FA-2026-000043")));
        List<BankStatementLine> lines = List.of(line("L1", "3660.00", "RF84FA2026000042", null), line("L2", "12.00", "?", "X"));
        // another process records a payment first: the change runs again on the ledger it appended to
        PaymentBook other = PaymentBook.open(journal, "acme/EUR", Money.currency("EUR"));
        AtomicReference<Reconciliation> result = new AtomicReference<>();
        AtomicInteger runs = new AtomicInteger();
        book.update("statement-2026-12-03", l -> {
            if (runs.incrementAndGet() == 1) {
                other.update(o -> o.record(new Payment("p-other", Money.of("1.00", "EUR"), PaymentMethod.CARD, BOOKED, Optional.empty(),
                        Optional.empty()), "SIREN:851234567"));
            }
            result.set(matcher.reconcile(l, lines));
            return result.get().ledger();
        });
        assertThat(runs.get()).isEqualTo(2);
        assertThat(result.get().unmatched()).extracting(m -> m.line().id()).containsExactly("L2");
        PaymentLedger stored = PaymentBook.open(journal, "acme/EUR", Money.currency("EUR")).current();
        assertThat(stored.status("inv-1", BOOKED)).isEqualTo(InvoiceStatus.PAID);
        assertThat(stored.payment("p-other")).isPresent();
        assertThat(stored).isEqualTo(result.get().ledger());
    }

    @Test
    void thenAmountAndNameIgnoringAccentsCaseAndLegalForm() {
        PaymentLedger l = ledger(invoice("inv-1", "FA-2026-000042"), invoiceTo("inv-2", "FA-2026-000043", "Épicerie Fine Léa"));
        Reconciliation r = matcher.reconcile(l, List.of(line("L1", "3660.00", "FACTURE DECEMBRE", "EPICERIE FINE LEA SARL")));
        assertThat(r.matches().get(0).rule()).isEqualTo(TransferMatch.Rule.AMOUNT_AND_NAME);
        assertThat(r.matches().get(0).invoiceId()).contains("inv-2");
    }

    @Test
    void partialAndOverpaymentByReference() {
        PaymentLedger l = ledger(invoice("inv-1", "FA-2026-000042"), invoice("inv-2", "FA-2026-000043"));
        String ref2 = l.receivable("inv-2").orElseThrow().reference().orElseThrow().value();
        Reconciliation r = matcher.reconcile(l, List.of(line("L1", "1000.00", "RF84FA2026000042", null), line("L2", "4000.00", ref2, null)));
        assertThat(r.ledger().amountDue("inv-1")).isEqualTo(Money.of("2660.00", "EUR"));
        assertThat(r.ledger().status("inv-2", BOOKED)).isEqualTo(InvoiceStatus.PAID);
        // 4000.00 - 3660.00 = 340.00 kept as the buyer's credit balance.
        assertThat(r.ledger().creditBalance(Receivable.buyerIdOf(io.github.quote2invoice.testing.Samples.buyer())))
                .isEqualTo(Money.of("340.00", "EUR"));
    }

    @Test
    void unmatchedAndAmbiguousLinesAreKeptForAPerson() {
        PaymentLedger l = ledger(invoice("inv-1", "FA-2026-000042"), invoice("inv-2", "FA-2026-000043"));
        Reconciliation r = matcher.reconcile(l, List.of(
                line("L1", "3660.00", "facture", "Boulangerie Martin"),   // both invoices ask 3660.00 of that buyer
                line("L2", "12.34", "cotisation", "Inconnu"),
                line("L3", "3660.00", null, null)));
        assertThat(r.matches()).extracting(TransferMatch::rule).containsExactly(TransferMatch.Rule.AMBIGUOUS,
                TransferMatch.Rule.UNMATCHED, TransferMatch.Rule.UNMATCHED);
        assertThat(r.unmatched()).hasSize(3);
        assertThat(r.ledger()).isEqualTo(l);
    }

    @Test
    void referenceOfAPaidInvoiceIsNotSilentlyTakenAsCredit() {
        PaymentLedger l = ledger(invoice("inv-1", "FA-2026-000042"));
        Reconciliation first = matcher.reconcile(l, List.of(line("L1", "3660.00", "RF84FA2026000042", null)));
        Reconciliation second = matcher.reconcile(first.ledger(), List.of(line("L2", "3660.00", "RF84FA2026000042", null)));
        assertThat(second.matches().get(0).rule()).isEqualTo(TransferMatch.Rule.UNMATCHED);
        assertThat(second.matches().get(0).detail()).contains("nothing due");
    }

    @Test
    void nameWords() {
        assertThat(TransferMatcher.words("Boulangerie Martin S.A.R.L.")).containsExactlyInAnyOrder("BOULANGERIE", "MARTIN", "S", "A", "R", "L");
        assertThat(TransferMatcher.words("Société Générale SA")).containsExactlyInAnyOrder("GENERALE");
    }
}
