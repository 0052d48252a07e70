package io.github.quote2invoice.receivable;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One incoming credit on the seller's bank statement (a camt.053 entry, a CSV line...), as the
 * transfer matcher needs it.
 *
 * @param id the bank's unique id of the entry (it becomes the payment's id, so importing a statement
 *        twice records nothing twice)
 * @param bookingDate when the bank booked it
 * @param amount the amount credited, above zero
 * @param remittance the remittance information: the structured reference or the free text the payer typed
 * @param payerName the ordering party's name as the bank reports it
 */
public record BankStatementLine(String id, LocalDate bookingDate, Money amount, Optional<String> remittance, Optional<String> payerName) {
    /** Validates every part. */
    public BankStatementLine {
        id = Checks.text(id, "id", 100);
        Checks.required(bookingDate, "bookingDate");
        Checks.required(amount, "amount");
        Checks.check(amount.isPositive(), ErrorCodes.OUT_OF_RANGE, "amount", "must be a credit above zero, was " + amount);
        remittance = Checks.optionalText(remittance, "remittance");
        payerName = Checks.optionalText(payerName, "payerName");
    }
}
