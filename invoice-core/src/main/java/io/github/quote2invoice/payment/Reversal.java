package io.github.quote2invoice.payment;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;

import java.time.LocalDate;

/**
 * Money given back from a payment: a refund the seller makes (normally after a credit note, or to pay
 * out a credit balance) or a chargeback the buyer's bank imposes (a lost card dispute, a returned
 * direct debit).
 *
 * @param id stable identifier (the gateway's refund or dispute id)
 * @param paymentId the payment it comes out of
 * @param amount how much, above zero
 * @param kind refund or chargeback
 * @param date when
 */
public record Reversal(String id, String paymentId, Money amount, Kind kind, LocalDate date) {
    /** Why money went back. */
    public enum Kind {
        /** The seller refunded. */
        REFUND,
        /** The buyer's bank took it back (card dispute lost, direct debit returned). */
        CHARGEBACK
    }

    /** Validates every part. */
    public Reversal {
        id = Checks.text(id, "id", 100);
        paymentId = Checks.text(paymentId, "paymentId", 100);
        Checks.required(amount, "amount");
        Checks.check(amount.isPositive(), ErrorCodes.OUT_OF_RANGE, "amount", "must be greater than zero, was " + amount);
        Checks.required(kind, "kind");
        Checks.required(date, "date");
    }
}
