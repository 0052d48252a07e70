package io.github.quote2invoice.issuing;

import io.github.quote2invoice.event.DomainEvent;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.Reversal;

import java.time.Instant;
import java.util.List;

/** What happened to a payment: written to the outbox in the same transaction as the change. */
public sealed interface PaymentEvent extends DomainEvent permits PaymentEvent.Received, PaymentEvent.Reversed {

    /**
     * A payment was received and allocated.
     *
     * @param documentId the payment's id
     * @param amount what was received
     * @param invoiceIds the invoices it was allocated to (may be empty: an unallocated credit)
     * @param occurredAt when it was recorded
     */
    record Received(String documentId, Money amount, List<String> invoiceIds, Instant occurredAt) implements PaymentEvent {
        /** Copies the list. */
        public Received {
            invoiceIds = List.copyOf(invoiceIds);
        }

        @Override
        public String type() {
            return "PaymentReceived";
        }

        @Override
        public String idempotencyKey() {
            return type() + ":" + documentId;
        }
    }

    /**
     * Money of a payment went back to the buyer.
     *
     * @param documentId the payment's id
     * @param reversalId the refund's or chargeback's id
     * @param amount how much went back
     * @param kind refund or chargeback
     * @param occurredAt when it was recorded
     */
    record Reversed(String documentId, String reversalId, Money amount, Reversal.Kind kind, Instant occurredAt) implements PaymentEvent {
        @Override
        public String type() {
            return "PaymentReversed";
        }

        @Override
        public String idempotencyKey() {
            return type() + ":" + reversalId;
        }
    }
}
