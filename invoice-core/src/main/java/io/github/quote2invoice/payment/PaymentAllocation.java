package io.github.quote2invoice.payment;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;

/**
 * The part of a payment applied to one invoice.
 *
 * @param paymentId the payment
 * @param invoiceId the invoice
 * @param amount the part applied, above zero
 */
public record PaymentAllocation(String paymentId, String invoiceId, Money amount) {
    /** Validates every part. */
    public PaymentAllocation {
        paymentId = Checks.text(paymentId, "paymentId");
        invoiceId = Checks.text(invoiceId, "invoiceId");
        Checks.required(amount, "amount");
        Checks.check(amount.isPositive(), ErrorCodes.OUT_OF_RANGE, "amount", "must be greater than zero, was " + amount);
    }
}
