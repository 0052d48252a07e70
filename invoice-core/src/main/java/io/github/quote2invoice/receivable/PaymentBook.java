package io.github.quote2invoice.receivable;

import io.github.quote2invoice.internal.Checks;

import java.util.function.UnaryOperator;

/**
 * The current {@link PaymentLedger}, shared by the threads that record payments (webhooks, bank
 * statement imports, users). Updates run one at a time, so two concurrent changes never overwrite
 * each other; readers get the latest ledger without waiting. A ledger rejected by an update (an
 * exception) leaves the book unchanged.
 */
public final class PaymentBook {
    private volatile PaymentLedger ledger;

    /** A book starting from {@code initial}. */
    public PaymentBook(PaymentLedger initial) {
        this.ledger = Checks.required(initial, "initial");
    }

    /** The current ledger (immutable). */
    public PaymentLedger current() {
        return ledger;
    }

    /**
     * Replaces the ledger by {@code change} applied to it, atomically with respect to other updates.
     *
     * @return the new ledger
     * @throws RuntimeException whatever {@code change} throws; the book is then unchanged
     */
    public synchronized PaymentLedger update(UnaryOperator<PaymentLedger> change) {
        PaymentLedger next = Checks.required(change, "change").apply(ledger);
        ledger = Checks.required(next, "ledger");
        return next;
    }
}
