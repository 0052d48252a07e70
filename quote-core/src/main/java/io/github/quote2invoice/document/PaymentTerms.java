package io.github.quote2invoice.document;

import io.github.quote2invoice.internal.Checks;

import java.util.List;
import java.util.Optional;

/**
 * The payment terms of a quote, carried over to its invoices (BT-20, BT-9, and the French mentions
 * on early payment and late payment).
 *
 * @param dueDateRule how the due date follows from the issue date
 * @param schedule the quote's own dated schedule (several due dates), carried over as is; empty when
 *        the due date rule alone applies
 * @param earlyPaymentDiscount the escompte, or none (a mention then says there is none)
 * @param latePayment penalty rate and indemnity
 * @param text free text printed as the terms, optional
 */
public record PaymentTerms(DueDateRule dueDateRule, List<Installment> schedule, Optional<EarlyPaymentDiscount> earlyPaymentDiscount,
                           LatePaymentTerms latePayment, Optional<String> text) {
    /** Validates every part. */
    public PaymentTerms {
        Checks.required(dueDateRule, "dueDateRule");
        schedule = Checks.list(schedule, "schedule");
        earlyPaymentDiscount = Checks.optional(earlyPaymentDiscount);
        Checks.required(latePayment, "latePayment");
        text = Checks.optionalText(text, "text");
    }

    /** {@code days} days net, no schedule, no escompte, the given late-payment terms. */
    public static PaymentTerms net(int days, LatePaymentTerms latePayment) {
        return new PaymentTerms(DueDateRule.net(days), List.of(), Optional.empty(), latePayment, Optional.empty());
    }

    /** A copy with a dated schedule. */
    public PaymentTerms withSchedule(List<Installment> newSchedule) {
        return new PaymentTerms(dueDateRule, newSchedule, earlyPaymentDiscount, latePayment, text);
    }
}
