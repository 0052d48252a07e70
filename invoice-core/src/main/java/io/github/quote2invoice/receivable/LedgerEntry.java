package io.github.quote2invoice.receivable;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.Reversal;

/**
 * One change a {@link PaymentLedger} went through: the ledger is what its entries, applied in order
 * to an empty ledger, make ({@link PaymentLedger#replay}). Operations that change nothing (recording
 * the same payment again) add no entry; an operation that changes several things (allocating a
 * payment over several invoices) adds one entry per allocation. What follows from an entry by the
 * ledger's rules (allocations released by a credit note or a refund) is not an entry of its own: the
 * rules give it again on replay.
 *
 * <p>Entries are what a {@link io.github.quote2invoice.receivable.spi.LedgerJournal} stores, so a
 * ledger survives restarts and is shared by several processes. Each entry replays through the ledger's
 * own rules, the same checks as the operation that made it.
 */
public sealed interface LedgerEntry {

    /**
     * An issued invoice became due ({@link PaymentLedger#register(Receivable)}).
     *
     * @param receivable what it asks
     */
    record Registered(Receivable receivable) implements LedgerEntry {
        /** Validates. */
        public Registered {
            Checks.required(receivable, "receivable");
        }
    }

    /**
     * A credit note lowered what an invoice asks ({@link PaymentLedger#applyCredit}).
     *
     * @param creditNoteId the credit note's id
     * @param invoiceId the invoice it corrects
     * @param amount by how much
     */
    record Credited(String creditNoteId, String invoiceId, Money amount) implements LedgerEntry {
        /** Validates. */
        public Credited {
            creditNoteId = Checks.text(creditNoteId, "creditNoteId", 100);
            invoiceId = Checks.text(invoiceId, "invoiceId", 100);
            Checks.required(amount, "amount");
        }
    }

    /**
     * A payment was received ({@link PaymentLedger#record}).
     *
     * @param payment the payment
     * @param buyerId who paid ({@link Receivable#buyerIdOf})
     */
    record Recorded(Payment payment, String buyerId) implements LedgerEntry {
        /** Validates. */
        public Recorded {
            Checks.required(payment, "payment");
            buyerId = Checks.text(buyerId, "buyerId", 200);
        }
    }

    /**
     * Part of a payment was applied to an invoice ({@link PaymentLedger#allocate}).
     *
     * @param paymentId the payment
     * @param invoiceId the invoice
     * @param amount how much
     */
    record Allocated(String paymentId, String invoiceId, Money amount) implements LedgerEntry {
        /** Validates. */
        public Allocated {
            paymentId = Checks.text(paymentId, "paymentId", 100);
            invoiceId = Checks.text(invoiceId, "invoiceId", 100);
            Checks.required(amount, "amount");
        }
    }

    /**
     * Money went back to the buyer ({@link PaymentLedger#reverse}).
     *
     * @param reversal the refund or chargeback
     */
    record Reversed(Reversal reversal) implements LedgerEntry {
        /** Validates. */
        public Reversed {
            Checks.required(reversal, "reversal");
        }
    }
}
