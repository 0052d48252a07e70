package io.github.quote2invoice.document;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One due date of a payment schedule and the amount (incl. VAT) due on it.
 *
 * @param dueDate when it is due
 * @param amount what is due, above zero
 * @param label e.g. "À la commande", optional
 */
public record Installment(LocalDate dueDate, Money amount, Optional<String> label) {
    /** Validates every part. */
    public Installment {
        Checks.required(dueDate, "dueDate");
        Checks.required(amount, "amount");
        Checks.check(amount.isPositive(), ErrorCodes.OUT_OF_RANGE, "amount", "must be greater than zero, was " + amount);
        label = Checks.optionalText(label, "label");
    }
}
