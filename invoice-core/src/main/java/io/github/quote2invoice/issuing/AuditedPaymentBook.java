package io.github.quote2invoice.issuing;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceStatus;
import io.github.quote2invoice.issuing.spi.IssuingStores;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentAllocation;
import io.github.quote2invoice.payment.Reversal;
import io.github.quote2invoice.receivable.BookUpdate;
import io.github.quote2invoice.receivable.LedgerEntry;
import io.github.quote2invoice.receivable.LedgerUpdater;
import io.github.quote2invoice.receivable.PaymentBook;
import io.github.quote2invoice.receivable.PaymentLedger;
import io.github.quote2invoice.receivable.Receivable;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A {@link PaymentBook} whose every update also leaves its trace, in the same transaction of
 * {@code stores}: each payment received is stored ({@code q2i_payment}) with an audit record
 * {@code PAYMENT_RECEIVED} and a {@code PaymentReceived} event; each refund or chargeback gets
 * {@code PAYMENT_REVERSED} and {@code PaymentReversed}; each stored invoice whose payment status differs
 * from what the ledger now derives (PAID, PARTLY_PAID, back to ISSUED, CANCELLED by credit notes) gets it,
 * with an audit record and a {@code PaymentStatusChanged} event, and one the ledger finds OVERDUE gets the
 * trail of {@link #markOverdue()} ({@code InvoiceOverdue}), so that what reacts to payments (receipts,
 * reminders) reads them from the outbox. Either all of it is written or none of it. {@link #markOverdue()} moves the
 * invoices that time made overdue, with the outstanding amount the ledger gives.
 *
 * <p>The book must be kept on the journal of the same stores, so that its own writes roll back with
 * the rest: {@code JdbcStores.ledgerJournal(stores)} or {@code InMemoryStores.ledgerJournal(stores)};
 * any other book is refused.
 * Invoices the ledger knows but {@code stores} do not (issued elsewhere) are left out of the status part.
 * Thread-safe.
 */
public final class AuditedPaymentBook implements LedgerUpdater {
    private final IssuingStores stores;
    private final PaymentBook book;
    private final String company;
    private final String actor;
    private final Clock clock;

    /**
     * @param stores where the payments, statuses, audit records and events go
     * @param book the book updated
     * @param company the company of the audit chain
     * @param actor who the audit records name (e.g. {@code "stripe-webhook"})
     * @param clock gives audit times and the day statuses are derived on
     */
    public AuditedPaymentBook(IssuingStores stores, PaymentBook book, String company, String actor, Clock clock) {
        this.stores = Checks.required(stores, "stores");
        this.book = Checks.required(book, "book");
        Checks.check(book.joins(stores.transactions()), ErrorCodes.INCONSISTENT, "book", "is not kept on the journal of these stores"
                + " (PaymentBook.open(JdbcStores.ledgerJournal(stores), ...) or InMemoryStores.ledgerJournal(stores)): its writes"
                + " would not roll back with the payments, statuses and audit records when one of them fails");
        this.company = Checks.text(company, "company", 100);
        this.actor = Checks.text(actor, "actor", 200);
        this.clock = Checks.required(clock, "clock");
    }

    /** The book. */
    public PaymentBook book() {
        return book;
    }

    /** {@link PaymentBook#update(UnaryOperator)} with its trace. */
    public PaymentLedger update(UnaryOperator<PaymentLedger> change) {
        Checks.required(change, "change");
        return stores.transactions().inTransaction(() -> trace(book.change(change)));
    }

    /** {@link PaymentBook#update(String, UnaryOperator)} with its trace; nothing is written when the key was used. */
    @Override
    public Optional<PaymentLedger> update(String key, UnaryOperator<PaymentLedger> change) {
        Checks.required(change, "change");
        return stores.transactions().inTransaction(() -> book.change(key, change).map(this::trace));
    }

    /**
     * Moves every stored invoice that is past its due date with something left to pay to OVERDUE, in one
     * transaction: its status, an audit record {@code OVERDUE} and an {@code InvoiceOverdue} event with
     * what the ledger says is outstanding. Reads what other processes appended to the book first; an
     * invoice already OVERDUE is left alone, so running it every day writes each one once.
     *
     * @return the ids of the invoices moved, earliest due first
     */
    public List<String> markOverdue() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        return stores.transactions().inTransaction(() -> {
            PaymentLedger ledger = book.refresh();
            List<String> moved = new ArrayList<>();
            for (Receivable r : ledger.openReceivables()) {
                if (!today.isAfter(r.dueDate())) {
                    break; // sorted by due date: the rest is not due yet
                }
                Optional<Invoice> invoice = stores.documents().findInvoice(r.invoiceId());
                if (invoice.isEmpty() || invoice.get().isDraft() || invoice.get().status() == InvoiceStatus.OVERDUE) {
                    continue;
                }
                overdue(r, ledger.amountDue(r.invoiceId()), now);
                moved.add(r.invoiceId());
            }
            return moved;
        });
    }

    private PaymentLedger trace(BookUpdate update) {
        Instant now = clock.instant();
        PaymentLedger before = update.before();
        PaymentLedger after = update.after();
        Map<String, Set<String>> allocatedTo = new LinkedHashMap<>();
        List<Payment> received = new ArrayList<>();
        Set<String> touched = new LinkedHashSet<>();
        for (LedgerEntry e : update.entries()) {
            if (e instanceof LedgerEntry.Registered r) {
                touched.add(r.receivable().invoiceId()); // nothing due (a final invoice the deposits covered): PAID at once
            } else if (e instanceof LedgerEntry.Recorded r) {
                received.add(r.payment());
                StoredDocument stored = stores.documents().savePayment(company, r.payment());
                audit(DocumentType.PAYMENT, r.payment().id(), AuditAction.PAYMENT_RECEIVED, stored, "amount=" + r.payment().amount()
                        + "; method=" + r.payment().method() + "; buyer=" + r.buyerId(), now);
            } else if (e instanceof LedgerEntry.Allocated a) {
                allocatedTo.computeIfAbsent(a.paymentId(), p -> new LinkedHashSet<>()).add(a.invoiceId());
                touched.add(a.invoiceId());
            } else if (e instanceof LedgerEntry.Credited c) {
                touched.add(c.invoiceId());
            } else if (e instanceof LedgerEntry.Reversed v) {
                Reversal r = v.reversal();
                StoredDocument stored = stores.documents().savePayment(company, after.payment(r.paymentId()).orElseThrow());
                audit(DocumentType.PAYMENT, r.paymentId(), AuditAction.PAYMENT_REVERSED, stored, r.kind() + " " + r.id() + " of " + r.amount(), now);
                stores.outbox().append(new PaymentEvent.Reversed(r.paymentId(), r.id(), r.amount(), r.kind(), now));
                // what the reversal released from the payment's allocations
                for (PaymentAllocation a : before.allocations()) {
                    if (a.paymentId().equals(r.paymentId())) {
                        touched.add(a.invoiceId());
                    }
                }
            }
        }
        for (Payment p : received) {
            stores.outbox().append(new PaymentEvent.Received(p.id(), p.amount(), new ArrayList<>(allocatedTo.getOrDefault(p.id(), Set.of())), now));
        }
        LocalDate today = LocalDate.now(clock);
        for (String invoiceId : touched) {
            statusChanged(invoiceId, after.status(invoiceId, today), after, now);
        }
        return after;
    }

    /** The stored invoice's status, audit record and event, when the status the ledger derives differs from the stored one. */
    private void statusChanged(String invoiceId, InvoiceStatus derived, PaymentLedger after, Instant at) {
        Optional<Invoice> invoice = stores.documents().findInvoice(invoiceId);
        if (invoice.isEmpty() || invoice.get().isDraft() || invoice.get().status() == derived) {
            return;
        }
        if (derived == InvoiceStatus.OVERDUE) {
            // the same trail as markOverdue: what reminds the buyer listens to InvoiceOverdue
            overdue(after.receivable(invoiceId).orElseThrow(), after.amountDue(invoiceId), at);
            return;
        }
        stores.documents().updatePaymentStatus(invoiceId, derived);
        audit(DocumentType.INVOICE, invoiceId, actionOf(derived), stores.documents().stored(DocumentType.INVOICE, invoiceId).orElseThrow(),
                "status=" + derived + "; due=" + after.amountDue(invoiceId) + "; was=" + invoice.get().status(), at);
        stores.outbox().append(new InvoiceEvent.PaymentStatusChanged(invoiceId, invoice.get().number().orElseThrow(), derived, at));
    }

    /** Stored status OVERDUE, audit record {@code OVERDUE}, event {@code InvoiceOverdue} with what is outstanding. */
    private void overdue(Receivable r, Money outstanding, Instant at) {
        stores.documents().updatePaymentStatus(r.invoiceId(), InvoiceStatus.OVERDUE);
        audit(DocumentType.INVOICE, r.invoiceId(), AuditAction.OVERDUE, stores.documents().stored(DocumentType.INVOICE, r.invoiceId()).orElseThrow(),
                "dueDate=" + r.dueDate() + "; outstanding=" + outstanding, at);
        stores.outbox().append(new InvoiceEvent.Overdue(r.invoiceId(), r.invoiceNumber(), r.dueDate(), outstanding, at));
    }

    private static AuditAction actionOf(InvoiceStatus status) {
        switch (status) {
            case PAID:
                return AuditAction.PAID;
            case PARTLY_PAID:
                return AuditAction.PARTLY_PAID;
            case CANCELLED:
                return AuditAction.CREDITED;
            default:
                return AuditAction.PAYMENT_REVERSED;
        }
    }

    private void audit(DocumentType type, String id, AuditAction action, StoredDocument stored, String details, Instant at) {
        stores.audit().append(new AuditEntry(company, type, id, action, actor, at, stored.digest(), details));
    }
}
