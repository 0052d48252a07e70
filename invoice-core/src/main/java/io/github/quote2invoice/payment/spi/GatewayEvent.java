package io.github.quote2invoice.payment.spi;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.Reversal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A verified notification from a payment provider, mapped to what it means for the invoices. Every
 * event carries the provider's event id, by which it is processed at most once.
 */
public sealed interface GatewayEvent {

    /** The provider's event id (Stripe: {@code evt_...}). */
    String eventId();

    /**
     * Money was received for an invoice.
     *
     * @param eventId the provider's event id
     * @param invoiceId the invoice, from the request's metadata
     * @param payment the payment; its id is the provider's payment id (Stripe: the payment intent)
     */
    record PaymentSucceeded(String eventId, String invoiceId, Payment payment) implements GatewayEvent {
        /** Validates presence. */
        public PaymentSucceeded {
            eventId = Checks.text(eventId, "eventId");
            invoiceId = Checks.text(invoiceId, "invoiceId");
            Checks.required(payment, "payment");
        }
    }

    /**
     * A payment attempt failed (card declined, debit refused). A result, not an error: nothing is
     * recorded in the ledger; the invoice stays due and the payer may try again.
     *
     * @param eventId the provider's event id
     * @param invoiceId the invoice, when the attempt carried it
     * @param failureCode the provider's code ({@code card_declined}, {@code insufficient_funds}...)
     * @param message the provider's explanation
     */
    record PaymentFailed(String eventId, Optional<String> invoiceId, String failureCode, String message) implements GatewayEvent {
        /** Validates presence. */
        public PaymentFailed {
            eventId = Checks.text(eventId, "eventId");
            invoiceId = Checks.optionalText(invoiceId, "invoiceId");
            failureCode = Checks.text(failureCode, "failureCode");
            message = Checks.text(message, "message");
        }
    }

    /**
     * Money went back from a payment: a refund, or a chargeback when a dispute was opened (the
     * provider withdraws the disputed amount at once).
     *
     * @param eventId the provider's event id
     * @param reversal the reversal; its payment id is the provider's payment id
     */
    record PaymentReversed(String eventId, Reversal reversal) implements GatewayEvent {
        /** Validates presence. */
        public PaymentReversed {
            eventId = Checks.text(eventId, "eventId");
            Checks.required(reversal, "reversal");
        }
    }

    /**
     * A dispute ended. When the seller won, the provider gives the withdrawn amount back: it is
     * recorded as a new payment {@code <disputeId>:reinstated} from the same buyer, allocated to its
     * oldest open invoices (normally the invoice the chargeback reopened).
     *
     * @param eventId the provider's event id
     * @param disputeId the dispute's id (the id of the chargeback reversal recorded when it opened)
     * @param paymentId the disputed payment's id
     * @param amount the disputed amount
     * @param won true when the seller won (funds reinstated)
     * @param closedOn when the dispute closed
     */
    record DisputeClosed(String eventId, String disputeId, String paymentId, Money amount, boolean won, LocalDate closedOn)
            implements GatewayEvent {
        /** Validates presence. */
        public DisputeClosed {
            eventId = Checks.text(eventId, "eventId");
            disputeId = Checks.text(disputeId, "disputeId");
            paymentId = Checks.text(paymentId, "paymentId");
            Checks.required(amount, "amount");
            Checks.required(closedOn, "closedOn");
        }
    }

    /**
     * A verified event that means nothing for the invoices (another event type, or a payment for
     * something that is not an invoice of this library).
     *
     * @param eventId the provider's event id
     * @param type the provider's event type
     */
    record Ignored(String eventId, String type) implements GatewayEvent {
        /** Validates presence. */
        public Ignored {
            eventId = Checks.text(eventId, "eventId");
            type = Checks.text(type, "type");
        }
    }
}
