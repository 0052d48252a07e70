package io.github.quote2invoice.conversion;

import io.github.quote2invoice.internal.Checks;

import java.util.Optional;

/**
 * What the engine did with one step of the plan.
 *
 * @param step the step's name ({@code deposit-1}, {@code final}, {@code situation-2}, {@code amendment-1})
 * @param conversionKey {@code quoteId/revision/step}
 * @param status what happened
 * @param detail why, in words
 * @param invoiceId the draft made ({@link Status#DRAFTED}) or the invoice already issued for it
 */
public record StepOutcome(String step, String conversionKey, Status status, String detail, Optional<String> invoiceId) {
    /** Validates presence. */
    public StepOutcome {
        step = Checks.text(step, "step");
        conversionKey = Checks.text(conversionKey, "conversionKey");
        Checks.required(status, "status");
        detail = Checks.text(detail, "detail");
        invoiceId = Checks.optional(invoiceId);
    }

    /** What happened to a step. */
    public enum Status {
        /** A draft invoice was made for it and is in the result. */
        DRAFTED,
        /** It was invoiced before (same step of this or an earlier revision): not invoiced again. */
        ALREADY_ISSUED,
        /** Its conversion key is among the context's drafted keys: not made again. */
        ALREADY_DRAFTED,
        /** Its event is not reached yet. */
        WAITING_FOR_EVENT,
        /** It must cite earlier steps that are not issued yet. */
        WAITING_FOR_PREVIOUS,
        /** "Pay, then invoice": an earlier step is not fully paid yet. */
        WAITING_FOR_PAYMENT,
        /** There is nothing left to bill for it (no change since what was billed). */
        NOTHING_TO_BILL,
        /** An earlier revision was billed in full: this revision is billed by its amendment step instead. */
        REPLACED_BY_AMENDMENT
    }
}
