package io.github.quote2invoice.payment;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Money received from a buyer. It is allocated to one or more invoices by {@link PaymentAllocation}s;
 * what is not allocated stays as the buyer's credit balance.
 *
 * @param id stable identifier
 * @param amount what was received, above zero
 * @param method how
 * @param receivedOn value date
 * @param externalReference the bank or gateway reference (transfer id, Stripe payment intent...)
 * @param payerName who paid, as the bank or gateway reports it
 */
public record Payment(String id, Money amount, PaymentMethod method, LocalDate receivedOn, Optional<String> externalReference,
                      Optional<String> payerName) {
    /** Validates every part. */
    public Payment {
        id = Checks.text(id, "id", 100);
        Checks.required(amount, "amount");
        Checks.check(amount.isPositive(), ErrorCodes.OUT_OF_RANGE, "amount", "must be greater than zero, was " + amount);
        Checks.required(method, "method");
        Checks.required(receivedOn, "receivedOn");
        externalReference = Checks.optionalText(externalReference, "externalReference");
        payerName = Checks.optionalText(payerName, "payerName");
    }
}
