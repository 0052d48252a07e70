package io.github.quote2invoice.issuing;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceStateException;
import io.github.quote2invoice.invoice.InvoiceStatus;
import io.github.quote2invoice.issuing.spi.IssuingStores;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentAllocation;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.quote.QuoteEvent;
import io.github.quote2invoice.quote.Transition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Records the lifecycle steps other than issuing (quotes saved, sent, accepted...; drafts saved; payments
 * received; invoices overdue or reminded): each step stores the document, appends its audit record and
 * writes its event to the outbox in one transaction. Thread-safe.
 */
public final class DocumentJournal {
    private final IssuingStores stores;
    private final Clock clock;

    /**
     * @param stores the stores
     * @param clock gives audit times and "today"
     */
    public DocumentJournal(IssuingStores stores, Clock clock) {
        this.stores = Checks.required(stores, "stores");
        this.clock = Checks.required(clock, "clock");
    }

    /** Stores a quote as created or edited (audit CREATED the first time, UPDATED after). */
    public StoredDocument saveQuote(String company, Quote quote, String actor) {
        return stores.transactions().inTransaction(() -> {
            boolean exists = stores.documents().findQuote(quote.id()).isPresent();
            StoredDocument stored = stores.documents().saveQuote(company, quote);
            audit(company, DocumentType.QUOTE, quote.id(), exists ? AuditAction.UPDATED : AuditAction.CREATED, actor, stored, "number=" + quote.number());
            return stored;
        });
    }

    /** Stores the quote a lifecycle step returned, with its audit record and its event. */
    public StoredDocument recordQuote(String company, Transition step, String actor) {
        Quote quote = step.quote();
        QuoteEvent event = step.event();
        return stores.transactions().inTransaction(() -> {
            StoredDocument stored = stores.documents().saveQuote(company, quote);
            audit(company, DocumentType.QUOTE, quote.id(), actionOf(event), actor, stored, "event=" + event.type() + "; revision=" + event.revision());
            stores.outbox().append(event);
            return stored;
        });
    }

    private static AuditAction actionOf(QuoteEvent event) {
        if (event instanceof QuoteEvent.Sent) {
            return AuditAction.SENT;
        }
        if (event instanceof QuoteEvent.Accepted) {
            return AuditAction.ACCEPTED;
        }
        if (event instanceof QuoteEvent.Declined) {
            return AuditAction.DECLINED;
        }
        if (event instanceof QuoteEvent.Expired) {
            return AuditAction.EXPIRED;
        }
        return AuditAction.REVISED;
    }

    /** Stores a draft invoice (audit CREATED the first time, UPDATED after). */
    public StoredDocument saveDraft(String company, Invoice draft, String actor) {
        return stores.transactions().inTransaction(() -> {
            boolean exists = stores.documents().findInvoice(draft.id()).isPresent();
            StoredDocument stored = stores.documents().saveDraft(company, draft);
            audit(company, DocumentType.INVOICE, draft.id(), exists ? AuditAction.UPDATED : AuditAction.CREATED, actor, stored, "kind=" + draft.kind());
            return stored;
        });
    }

    /**
     * Records a payment and its allocations, moves each invoice paid into PARTLY_PAID or PAID, and writes
     * {@code PaymentReceived} (and a status event per invoice). Recording the same payment again does nothing.
     *
     * @return the invoices whose status changed, in their new status
     */
    public List<Invoice> recordPayment(String company, Payment payment, List<PaymentAllocation> allocations, String actor) {
        List<PaymentAllocation> parts = Checks.list(allocations, "allocations");
        return stores.transactions().inTransaction(() -> {
            if (stores.documents().findPayment(payment.id()).isPresent()) {
                return List.of();
            }
            StoredDocument stored = stores.documents().savePayment(company, payment);
            Set<String> invoiceIds = new LinkedHashSet<>();
            for (PaymentAllocation a : parts) {
                Checks.check(a.paymentId().equals(payment.id()), io.github.quote2invoice.error.ErrorCodes.INCONSISTENT, "allocations",
                        "allocation to " + a.invoiceId() + " belongs to payment " + a.paymentId());
                stores.documents().saveAllocation(a);
                invoiceIds.add(a.invoiceId());
            }
            Instant now = clock.instant();
            audit(company, DocumentType.PAYMENT, payment.id(), AuditAction.PAYMENT_RECEIVED, actor, stored,
                    "amount=" + payment.amount() + "; invoices=" + invoiceIds);
            stores.outbox().append(new PaymentEvent.Received(payment.id(), payment.amount(), new ArrayList<>(invoiceIds), now));
            List<Invoice> changed = new ArrayList<>();
            for (String id : invoiceIds) {
                Invoice invoice = issued(id);
                Money paid = Money.sum(stores.documents().allocationsOf(id).stream().map(PaymentAllocation::amount).toList(), invoice.currency());
                InvoiceStatus status = paid.compareTo(invoice.totals().amountDue()) >= 0 ? InvoiceStatus.PAID : InvoiceStatus.PARTLY_PAID;
                if (status != invoice.status()) {
                    stores.documents().updatePaymentStatus(id, status);
                    audit(company, DocumentType.INVOICE, id, status == InvoiceStatus.PAID ? AuditAction.PAID : AuditAction.PARTLY_PAID, actor,
                            stores.documents().stored(DocumentType.INVOICE, id).orElseThrow(), "paid=" + paid);
                    stores.outbox().append(new InvoiceEvent.PaymentStatusChanged(id, invoice.number().orElseThrow(), status, now));
                    changed.add(invoice.withPaymentStatus(status));
                }
            }
            return changed;
        });
    }

    /**
     * Marks an issued invoice OVERDUE when {@code today} is after its due date and it is not fully paid;
     * writes {@code InvoiceOverdue}. Returns the invoice in its status after the call.
     */
    public Invoice markOverdueIfDue(String company, String invoiceId, LocalDate today, String actor) {
        return stores.transactions().inTransaction(() -> {
            Invoice invoice = issued(invoiceId);
            LocalDate due = invoice.dueDate().orElseThrow();
            boolean open = invoice.status() == InvoiceStatus.ISSUED || invoice.status() == InvoiceStatus.PARTLY_PAID;
            if (!open || !today.isAfter(due)) {
                return invoice;
            }
            Money paid = Money.sum(stores.documents().allocationsOf(invoiceId).stream().map(PaymentAllocation::amount).toList(), invoice.currency());
            Money outstanding = invoice.totals().amountDue().minus(paid);
            stores.documents().updatePaymentStatus(invoiceId, InvoiceStatus.OVERDUE);
            audit(company, DocumentType.INVOICE, invoiceId, AuditAction.OVERDUE, actor, stores.documents().stored(DocumentType.INVOICE, invoiceId).orElseThrow(),
                    "dueDate=" + due + "; outstanding=" + outstanding);
            stores.outbox().append(new InvoiceEvent.Overdue(invoiceId, invoice.number().orElseThrow(), due, outstanding, clock.instant()));
            return invoice.withPaymentStatus(InvoiceStatus.OVERDUE);
        });
    }

    /** Records that reminder number {@code level} was sent for an issued invoice; writes {@code InvoiceReminded}. */
    public void recordReminder(String company, String invoiceId, int level, String actor) {
        Checks.check(level >= 1, io.github.quote2invoice.error.ErrorCodes.OUT_OF_RANGE, "level", "must be at least 1, was " + level);
        stores.transactions().run(() -> {
            Invoice invoice = issued(invoiceId);
            audit(company, DocumentType.INVOICE, invoiceId, AuditAction.REMINDED, actor, stores.documents().stored(DocumentType.INVOICE, invoiceId).orElseThrow(),
                    "level=" + level);
            stores.outbox().append(new InvoiceEvent.Reminded(invoiceId, invoice.number().orElseThrow(), level, clock.instant()));
        });
    }

    private Invoice issued(String invoiceId) {
        Optional<Invoice> found = stores.documents().findInvoice(invoiceId);
        if (found.isEmpty()) {
            throw new io.github.quote2invoice.error.Quote2InvoiceException("NOT_FOUND", "invoiceId", "no invoice " + invoiceId);
        }
        if (found.get().isDraft()) {
            throw new InvoiceStateException(InvoiceStatus.DRAFT, "invoice " + invoiceId + " is not issued");
        }
        return found.get();
    }

    private void audit(String company, DocumentType type, String id, AuditAction action, String actor, StoredDocument stored, String details) {
        stores.audit().append(new AuditEntry(company, type, id, action, actor, clock.instant(), stored.digest(), details));
    }
}
