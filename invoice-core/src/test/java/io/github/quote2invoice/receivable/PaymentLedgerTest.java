package io.github.quote2invoice.receivable;

import io.github.quote2invoice.payment.CreditorReference;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentAllocation;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.payment.Reversal;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.InvoiceStatus;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.testing.DraftInvoices;
import io.github.quote2invoice.testing.Samples;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.tax.VatRate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Worked examples. The sample invoice is 3 x 650.00 at 20 % and 1 x 1200.00 at 10 %:
 * 1950.00 + 390.00 + 1200.00 + 120.00 = EUR 3660.00 due, issued 2026-11-25, due 30 days later (2026-12-25).
 */
class PaymentLedgerTest {
    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 25);
    private static final String BUYER = Receivable.buyerIdOf(Samples.buyer());

    private static Invoice invoice(String id, String number) {
        return DraftInvoices.frenchB2b().id(id).build().issue(number, ISSUED);
    }

    private static Payment transfer(String id, String amount) {
        return new Payment(id, eur(amount), PaymentMethod.BANK_TRANSFER, ISSUED.plusDays(3), Optional.of("VIR-" + id),
                Optional.of("BOULANGERIE MARTIN"));
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static PaymentLedger ledgerWith(Invoice... invoices) {
        PaymentLedger l = PaymentLedger.empty(DraftInvoices.EUR);
        for (Invoice i : invoices) {
            l = l.register(i);
        }
        return l;
    }

    @Test
    void fullPaymentMakesTheInvoicePaid() {
        Invoice inv = invoice("inv-1", "FA-2026-000042");
        assertThat(inv.totals().amountDue()).isEqualTo(eur("3660.00"));
        PaymentLedger l = ledgerWith(inv).record(transfer("p1", "3660.00"), BUYER).allocate("p1", "inv-1", eur("3660.00"));
        assertThat(l.amountDue("inv-1")).isEqualTo(eur("0.00"));
        assertThat(l.status("inv-1", ISSUED.plusDays(3))).isEqualTo(InvoiceStatus.PAID);
        assertThat(l.withDerivedStatus(inv, ISSUED.plusDays(3)).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(l.receivable("inv-1").orElseThrow().reference()).contains(CreditorReference.parse("RF84FA2026000042"));
    }

    @Test
    void partialPaymentsThenOverdueThenPaid() {
        PaymentLedger l = ledgerWith(invoice("inv-1", "FA-2026-000042"))
                .record(transfer("p1", "1000.00"), BUYER).allocate("p1", "inv-1", eur("1000.00"));
        assertThat(l.status("inv-1", LocalDate.of(2026, 12, 1))).isEqualTo(InvoiceStatus.PARTLY_PAID);
        assertThat(l.amountDue("inv-1")).isEqualTo(eur("2660.00"));
        // Due 2026-12-25: on the 26th what is left is overdue.
        assertThat(l.status("inv-1", LocalDate.of(2026, 12, 25))).isEqualTo(InvoiceStatus.PARTLY_PAID);
        assertThat(l.status("inv-1", LocalDate.of(2026, 12, 26))).isEqualTo(InvoiceStatus.OVERDUE);
        l = l.record(transfer("p2", "2660.00"), BUYER).allocateOldestFirst("p2");
        assertThat(l.status("inv-1", LocalDate.of(2027, 1, 10))).isEqualTo(InvoiceStatus.PAID);
        assertThat(l.allocations()).extracting(PaymentAllocation::amount).containsExactly(eur("1000.00"), eur("2660.00"));
    }

    @Test
    void onePaymentOverSeveralInvoicesAndOverpaymentKeptAsCreditBalance() {
        PaymentLedger l = ledgerWith(invoice("inv-1", "FA-2026-000042"), invoice("inv-2", "FA-2026-000043"))
                .record(transfer("p1", "8000.00"), BUYER).allocateInOrder("p1", List.of("inv-2", "inv-1"));
        // 8000.00 - 3660.00 - 3660.00 = 680.00 left as credit balance.
        assertThat(l.status("inv-1", ISSUED)).isEqualTo(InvoiceStatus.PAID);
        assertThat(l.status("inv-2", ISSUED)).isEqualTo(InvoiceStatus.PAID);
        assertThat(l.creditBalance(BUYER)).isEqualTo(eur("680.00"));
        assertThat(l.unallocated("p1")).isEqualTo(eur("680.00"));
        // The balance pays the next invoice in part.
        l = l.register(invoice("inv-3", "FA-2026-000044")).allocateOldestFirst("p1");
        assertThat(l.amountDue("inv-3")).isEqualTo(eur("2980.00"));
        assertThat(l.creditBalance(BUYER)).isEqualTo(eur("0.00"));
    }

    @Test
    void refundThroughCreditNote() {
        Invoice inv = invoice("inv-1", "FA-2026-000042");
        PaymentLedger l = ledgerWith(inv).record(transfer("p1", "3660.00"), BUYER).allocate("p1", "inv-1", eur("3660.00"));
        // A credit note of 1 x 1200.00 at 10 % = 1320.00 for goods returned, on the paid invoice.
        Invoice creditNote = Invoice.builder().id("cn-1").kind(InvoiceKind.CREDIT_NOTE).seller(Samples.seller()).buyer(Samples.buyer())
                .currency(DraftInvoices.EUR).paymentTerms(Samples.terms())
                .lines(List.of(DraftInvoices.line("1", "1", "1200.00", VatRate.standard("10"), LineNature.GOODS)))
                .precedingInvoices(List.of(new PrecedingInvoice("FA-2026-000042", ISSUED, Optional.of("inv-1"))))
                .creditReason(Optional.of("Retour du four")).build().issue("AV-2026-000001", ISSUED.plusDays(10));
        l = l.applyCreditNote(creditNote);
        assertThat(l.amountDue("inv-1")).isEqualTo(eur("0.00"));
        assertThat(l.allocatedTo("inv-1")).isEqualTo(eur("2340.00"));
        assertThat(l.creditBalance(BUYER)).isEqualTo(eur("1320.00"));
        assertThat(l.applyCreditNote(creditNote)).isEqualTo(l);
        l = l.reverse(new Reversal("re-1", "p1", eur("1320.00"), Reversal.Kind.REFUND, ISSUED.plusDays(11)));
        assertThat(l.creditBalance(BUYER)).isEqualTo(eur("0.00"));
        assertThat(l.status("inv-1", ISSUED.plusDays(11))).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void chargebackWithoutCreditNoteReopensTheInvoice() {
        PaymentLedger l = ledgerWith(invoice("inv-1", "FA-2026-000042")).record(transfer("p1", "3660.00"), BUYER)
                .allocate("p1", "inv-1", eur("3660.00"))
                .reverse(new Reversal("dp-1", "p1", eur("3660.00"), Reversal.Kind.CHARGEBACK, ISSUED.plusDays(20)));
        assertThat(l.amountDue("inv-1")).isEqualTo(eur("3660.00"));
        assertThat(l.status("inv-1", ISSUED.plusDays(20))).isEqualTo(InvoiceStatus.ISSUED);
    }

    @Test
    void fullCreditNoteCancels() {
        PaymentLedger l = ledgerWith(invoice("inv-1", "FA-2026-000042")).applyCredit("cn-1", "inv-1", eur("3660.00"));
        assertThat(l.status("inv-1", ISSUED.plusDays(60))).isEqualTo(InvoiceStatus.CANCELLED);
    }

    @Test
    void refusalsNameTheRuleAndLeaveTheLedgerUnchanged() {
        PaymentLedger l = ledgerWith(invoice("inv-1", "FA-2026-000042")).record(transfer("p1", "5000.00"), BUYER);
        assertThatThrownBy(() -> l.allocate("p1", "inv-1", eur("3660.01")))
                .isInstanceOf(PaymentLedgerException.class).hasMessageContaining("only EUR 3660.00 is due")
                .extracting(e -> ((PaymentLedgerException) e).code()).isEqualTo(PaymentLedgerException.EXCEEDS_DUE);
        PaymentLedger small = l.record(transfer("p2", "10.00"), BUYER);
        assertThatThrownBy(() -> small.allocate("p2", "inv-1", eur("10.01")))
                .extracting(e -> ((PaymentLedgerException) e).code()).isEqualTo(PaymentLedgerException.EXCEEDS_PAYMENT);
        assertThatThrownBy(() -> l.record(transfer("p1", "5000.01"), BUYER))
                .extracting(e -> ((PaymentLedgerException) e).code()).isEqualTo(PaymentLedgerException.DUPLICATE);
        assertThat(l.record(transfer("p1", "5000.00"), BUYER)).isSameAs(l);
        assertThatThrownBy(() -> l.allocate("nope", "inv-1", eur("1.00")))
                .extracting(e -> ((PaymentLedgerException) e).code()).isEqualTo(PaymentLedgerException.UNKNOWN_PAYMENT);
        assertThatThrownBy(() -> l.applyCredit("cn", "inv-1", eur("3660.01")))
                .extracting(e -> ((PaymentLedgerException) e).code()).isEqualTo(PaymentLedgerException.CREDIT_EXCEEDS_INVOICE);
        assertThatThrownBy(() -> l.reverse(new Reversal("r", "p1", eur("5000.01"), Reversal.Kind.REFUND, ISSUED)))
                .extracting(e -> ((PaymentLedgerException) e).code()).isEqualTo(PaymentLedgerException.REVERSAL_EXCEEDS_PAYMENT);
        assertThat(l.amountDue("inv-1")).isEqualTo(eur("3660.00"));
        assertThat(l.allocations()).isEmpty();
    }
}
