package io.github.quote2invoice.issuing.contract;

import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceStatus;
import io.github.quote2invoice.issuing.AuditAction;
import io.github.quote2invoice.issuing.AuditRecord;
import io.github.quote2invoice.issuing.AuditedPaymentBook;
import io.github.quote2invoice.issuing.DocumentConflictException;
import io.github.quote2invoice.issuing.InvoiceIssuer;
import io.github.quote2invoice.issuing.OutboxMessage;
import io.github.quote2invoice.issuing.spi.IssuingStores;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.payment.Reversal;
import io.github.quote2invoice.payment.spi.GatewayEvent;
import io.github.quote2invoice.receivable.GatewayEventRecorder;
import io.github.quote2invoice.receivable.PaymentBook;
import io.github.quote2invoice.receivable.Receivable;
import io.github.quote2invoice.receivable.spi.LedgerJournal;
import io.github.quote2invoice.testing.IssuingSamples;
import io.github.quote2invoice.testing.IssuingSamples.SettableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static io.github.quote2invoice.testing.IssuingSamples.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of {@link AuditedPaymentBook} over a set of stores and their ledger journal: a payment
 * leaves its stored document, audit records, invoice status and outbox events, in one transaction with
 * the ledger's entries, or nothing at all.
 */
public abstract class AuditedPaymentBookContract extends StoresContract {
    private static final Currency EUR = Currency.getInstance("EUR");

    /** The ledger journal that shares the transactions of {@code stores}. */
    protected abstract LedgerJournal ledgerJournal(IssuingStores stores);

    private SettableClock clock;
    private String bookName;
    private Invoice issued;

    @BeforeEach
    void issueOneInvoice() {
        clock = new SettableClock(IssuingSamples.NOW);
        bookName = company + "/EUR";
        issued = InvoiceIssuer.builder(stores).clock(clock).company(i -> company).build().issue(IssuingSamples.draft(uniqueId("inv")), "claire");
    }

    private AuditedPaymentBook audited() {
        return new AuditedPaymentBook(stores, PaymentBook.open(ledgerJournal(stores), bookName, EUR), company, "stripe-webhook", clock);
    }

    private List<AuditAction> auditActionsAfterIssue() {
        List<AuditAction> actions = new ArrayList<>();
        for (AuditRecord r : stores.audit().records(company)) {
            actions.add(r.entry().action());
        }
        return actions.subList(1, actions.size());
    }

    private static Payment card(String id, String amount) {
        return new Payment(id, Money.of(amount, "EUR"), PaymentMethod.CARD, LocalDate.of(2026, 11, 21), Optional.of(id), Optional.empty());
    }

    @Test
    void aPaymentLeavesItsWholeTrailOnce() {
        AuditedPaymentBook book = audited();
        book.update(l -> l.register(issued));
        outboxAbout(issued.id());
        GatewayEventRecorder recorder = new GatewayEventRecorder(book);
        GatewayEvent.PaymentSucceeded paid = new GatewayEvent.PaymentSucceeded("evt_1", issued.id(), card("pi_1", "2340.00"));

        assertThat(recorder.record(paid)).isEqualTo(GatewayEventRecorder.Outcome.RECORDED);
        assertThat(recorder.record(paid)).isEqualTo(GatewayEventRecorder.Outcome.ALREADY_PROCESSED);

        assertThat(stores.documents().findInvoice(issued.id()).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(stores.documents().findPayment("pi_1")).contains(card("pi_1", "2340.00"));
        assertThat(auditActionsAfterIssue()).containsExactly(AuditAction.PAYMENT_RECEIVED, AuditAction.PAID);
        assertThat(stores.audit().verify(company).intact()).isTrue();
        assertThat(outboxAbout("pi_1", issued.id())).extracting(OutboxMessage::type)
                .containsExactly("PaymentReceived", "InvoicePaymentStatusChanged");
        // another process reading the book sees the same ledger
        assertThat(PaymentBook.open(ledgerJournal(stores), bookName, EUR).current().amountDue(issued.id()).isZero()).isTrue();
    }

    @Test
    void aPartPaymentThenAChargebackMoveTheStatusBackAndForth() {
        AuditedPaymentBook book = audited();
        book.update(l -> l.register(issued));
        book.update("line-1", l -> l.record(IssuingSamples.payment("vir-1", "1000.00", LocalDate.of(2026, 11, 21)), Receivable.buyerIdOf(issued.buyer()))
                .allocateOldestFirst("vir-1"));
        assertThat(stores.documents().findInvoice(issued.id()).orElseThrow().status()).isEqualTo(InvoiceStatus.PARTLY_PAID);
        book.update(l -> l.reverse(new Reversal("cb-1", "vir-1", Money.of("1000.00", "EUR"), Reversal.Kind.CHARGEBACK, LocalDate.of(2026, 11, 22))));
        assertThat(stores.documents().findInvoice(issued.id()).orElseThrow().status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(auditActionsAfterIssue()).containsExactly(AuditAction.PAYMENT_RECEIVED, AuditAction.PARTLY_PAID,
                AuditAction.PAYMENT_REVERSED, AuditAction.PAYMENT_REVERSED);
        assertThat(outboxAbout("vir-1", issued.id())).extracting(OutboxMessage::type)
                .containsExactly("InvoiceIssued", "PaymentReceived", "InvoicePaymentStatusChanged", "PaymentReversed", "InvoicePaymentStatusChanged");
        assertThat(stores.audit().verify(company).intact()).isTrue();
    }

    @Test
    void timeMakesAPartlyPaidInvoiceOverdueWithWhatTheLedgerSaysIsLeft() {
        AuditedPaymentBook book = audited();
        book.update(l -> l.register(issued));
        book.update("line-1", l -> l.record(IssuingSamples.payment("vir-1", "1000.00", LocalDate.of(2026, 11, 21)), Receivable.buyerIdOf(issued.buyer()))
                .allocateOldestFirst("vir-1"));
        outboxAbout(issued.id());
        assertThat(book.markOverdue()).as("not due yet").isEmpty();
        clock.set(issued.dueDate().orElseThrow().plusDays(1).atStartOfDay(IssuingSamples.PARIS).plusHours(9).toInstant());

        assertThat(book.markOverdue()).containsExactly(issued.id());
        assertThat(book.markOverdue()).as("once").isEmpty();
        assertThat(stores.documents().findInvoice(issued.id()).orElseThrow().status()).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(outboxAbout(issued.id())).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo("InvoiceOverdue");
            assertThat(m.payload()).contains("1340.00"); // 2340.00 - 1000.00
        });
        assertThat(auditActionsAfterIssue()).endsWith(AuditAction.PARTLY_PAID, AuditAction.OVERDUE);
        // paid in full afterwards: the status moves on to PAID with its trail
        book.update("line-2", l -> l.record(IssuingSamples.payment("vir-2", "1340.00", LocalDate.of(2027, 1, 2)), Receivable.buyerIdOf(issued.buyer()))
                .allocateOldestFirst("vir-2"));
        assertThat(stores.documents().findInvoice(issued.id()).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(stores.audit().verify(company).intact()).isTrue();
    }

    /** Registered and paid in one update: the stored status still follows (it is compared with the stored one). */
    @Test
    void anInvoiceRegisteredAndPaidInOneUpdateIsPaid() {
        audited().update(l -> l.register(issued).record(card("pi_9", "2340.00"), Receivable.buyerIdOf(issued.buyer())).allocateOldestFirst("pi_9"));
        assertThat(stores.documents().findInvoice(issued.id()).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(auditActionsAfterIssue()).containsExactly(AuditAction.PAYMENT_RECEIVED, AuditAction.PAID);
    }

    /** An invoice registered with nothing due (what deposits already covered) is PAID at once; one with something due stays as issued. */
    @Test
    void registeringSetsTheStatusOnlyWhenNothingIsDue() {
        Invoice other = InvoiceIssuer.builder(stores).clock(clock).company(i -> company).build().issue(IssuingSamples.draft(uniqueId("inv")), "claire");
        AuditedPaymentBook book = audited();
        book.update(l -> l.register(issued).register(new Receivable(other.id(), other.number().orElseThrow(), Receivable.buyerIdOf(other.buyer()),
                other.buyer().name(), Money.zero(EUR), other.issueDate().orElseThrow(), other.dueDate().orElseThrow(), Optional.empty())));
        assertThat(stores.documents().findInvoice(issued.id()).orElseThrow().status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(stores.documents().findInvoice(other.id()).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
    }

    /** A part payment recorded after the due date (before the daily run) makes the invoice overdue with the same trail as markOverdue. */
    @Test
    void aLatePartPaymentLeavesTheOverdueTrail() {
        AuditedPaymentBook book = audited();
        book.update(l -> l.register(issued));
        outboxAbout(issued.id());
        clock.set(issued.dueDate().orElseThrow().plusDays(3).atStartOfDay(IssuingSamples.PARIS).plusHours(9).toInstant());
        book.update("line-9", l -> l.record(IssuingSamples.payment("vir-9", "340.00", LocalDate.of(2027, 1, 2)), Receivable.buyerIdOf(issued.buyer()))
                .allocateOldestFirst("vir-9"));
        assertThat(stores.documents().findInvoice(issued.id()).orElseThrow().status()).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(outboxAbout(issued.id())).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo("InvoiceOverdue");
            assertThat(m.payload()).contains("2000.00"); // 2340.00 - 340.00
        });
        assertThat(book.markOverdue()).isEmpty();
        assertThat(auditActionsAfterIssue()).containsExactly(AuditAction.PAYMENT_RECEIVED, AuditAction.OVERDUE);
    }

    /** Overdue, paid, charged back: overdue again is an event of its own, which consumers do not take for the first (found in review). */
    @Test
    void overdueAgainAfterAChargebackIsANewEvent() {
        AuditedPaymentBook book = audited();
        book.update(l -> l.register(issued));
        clock.set(issued.dueDate().orElseThrow().plusDays(1).atStartOfDay(IssuingSamples.PARIS).plusHours(9).toInstant());
        assertThat(book.markOverdue()).containsExactly(issued.id());
        String vir = uniqueId("vir"); // payment ids are unique in a database: the stores are shared by the tests
        book.update("line-1", l -> l.record(IssuingSamples.payment(vir, "2340.00", LocalDate.of(2027, 1, 2)),
                Receivable.buyerIdOf(issued.buyer())).allocateOldestFirst(vir));
        clock.set(clock.instant().plusSeconds(86_400));
        book.update(l -> l.reverse(new Reversal("cb-1", vir, Money.of("2340.00", "EUR"), Reversal.Kind.CHARGEBACK, LocalDate.of(2027, 1, 3))));
        assertThat(stores.documents().findInvoice(issued.id()).orElseThrow().status()).isEqualTo(InvoiceStatus.OVERDUE);
        List<OutboxMessage> overdue = outboxAbout(issued.id()).stream().filter(m -> m.type().equals("InvoiceOverdue")).toList();
        assertThat(overdue).hasSize(2);
        assertThat(overdue.get(1).idempotencyKey()).isNotEqualTo(overdue.get(0).idempotencyKey());
    }

    @Test
    void whenAnyPartFailsNothingIsWritten() {
        AuditedPaymentBook book = audited();
        book.update(l -> l.register(issued));
        // a different payment is already stored under the id the provider reuses: storing it fails
        stores.transactions().run(() -> stores.documents().savePayment(company, card("pi_dup", "1.00")));
        int auditBefore = stores.audit().records(company).size();
        assertThatThrownBy(() -> book.update("evt_dup", l -> l.record(card("pi_dup", "2340.00"), Receivable.buyerIdOf(issued.buyer()))
                .allocateOldestFirst("pi_dup"))).isInstanceOf(DocumentConflictException.class);

        PaymentBook reopened = PaymentBook.open(ledgerJournal(stores), bookName, EUR);
        assertThat(reopened.current().payments()).isEmpty();
        assertThat(reopened.keyUsed("evt_dup")).isFalse();
        assertThat(book.book().refresh()).isEqualTo(reopened.current());
        assertThat(stores.documents().findInvoice(issued.id()).orElseThrow().status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(stores.audit().records(company)).hasSize(auditBefore);
    }
}
