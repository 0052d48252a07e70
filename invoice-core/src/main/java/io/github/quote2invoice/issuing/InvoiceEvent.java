package io.github.quote2invoice.issuing;

import io.github.quote2invoice.event.DomainEvent;
import io.github.quote2invoice.invoice.InvoiceStatus;
import io.github.quote2invoice.money.Money;

import java.time.Instant;
import java.time.LocalDate;

/** What happened to an issued invoice: written to the outbox in the same transaction as the change. */
public sealed interface InvoiceEvent extends DomainEvent
        permits InvoiceEvent.Issued, InvoiceEvent.PaymentStatusChanged, InvoiceEvent.Overdue, InvoiceEvent.Reminded,
        InvoiceEvent.Credited {

    /** The invoice number. */
    String number();

    /**
     * The invoice was numbered, dated and frozen.
     *
     * @param documentId invoice id
     * @param number its number
     * @param company the issuing company's key
     * @param issueDate its issue date
     * @param dueDate its due date
     * @param amountDue what the buyer owes
     * @param occurredAt when it was issued
     */
    record Issued(String documentId, String number, String company, LocalDate issueDate, LocalDate dueDate, Money amountDue,
                  Instant occurredAt) implements InvoiceEvent {
        @Override
        public String type() {
            return "InvoiceIssued";
        }

        @Override
        public String idempotencyKey() {
            return type() + ":" + documentId;
        }
    }

    /**
     * The invoice's payment status moved (partly paid, paid, cancelled).
     *
     * @param documentId invoice id
     * @param number its number
     * @param status the new status
     * @param occurredAt when
     */
    record PaymentStatusChanged(String documentId, String number, InvoiceStatus status, Instant occurredAt) implements InvoiceEvent {
        @Override
        public String type() {
            return "InvoicePaymentStatusChanged";
        }

        @Override
        public String idempotencyKey() {
            return type() + ":" + documentId + ":" + status + ":" + occurredAt.toEpochMilli();
        }
    }

    /**
     * The invoice went past its due date unpaid.
     *
     * @param documentId invoice id
     * @param number its number
     * @param dueDate the due date missed
     * @param outstanding what is still owed
     * @param occurredAt when it was found overdue
     */
    record Overdue(String documentId, String number, LocalDate dueDate, Money outstanding, Instant occurredAt) implements InvoiceEvent {
        @Override
        public String type() {
            return "InvoiceOverdue";
        }

        /** Each time the invoice is found overdue is an event of its own (overdue, paid, charged back: overdue again). */
        @Override
        public String idempotencyKey() {
            return type() + ":" + documentId + ":" + dueDate + ":" + occurredAt;
        }
    }

    /**
     * A reminder was sent.
     *
     * @param documentId invoice id
     * @param number its number
     * @param level the reminder's rank (1 for the first)
     * @param occurredAt when
     */
    record Reminded(String documentId, String number, int level, Instant occurredAt) implements InvoiceEvent {
        @Override
        public String type() {
            return "InvoiceReminded";
        }

        @Override
        public String idempotencyKey() {
            return type() + ":" + documentId + ":" + level;
        }
    }

    /**
     * A credit note was issued against the invoice.
     *
     * @param documentId invoice id
     * @param number its number
     * @param creditNoteId the credit note's id
     * @param creditNoteNumber the credit note's number
     * @param occurredAt when
     */
    record Credited(String documentId, String number, String creditNoteId, String creditNoteNumber, Instant occurredAt)
            implements InvoiceEvent {
        @Override
        public String type() {
            return "InvoiceCredited";
        }

        @Override
        public String idempotencyKey() {
            return type() + ":" + documentId + ":" + creditNoteId;
        }
    }
}
