package io.github.quote2invoice.invoice;

import io.github.quote2invoice.internal.Checks;

/**
 * The quote an invoice was converted from, and the plan step that produced it: the idempotency key
 * of a conversion is {@code quoteId + revision + planStep}.
 *
 * @param quoteId the quote's id
 * @param number the quote's number (also sent as the sales order reference, BT-14)
 * @param revision the quote revision
 * @param planStep the billing plan step ("deposit-1", "final", "milestone:delivery", "situation-3")
 */
public record SourceQuote(String quoteId, String number, int revision, String planStep) {
    /** Validates presence. */
    public SourceQuote {
        quoteId = Checks.text(quoteId, "quoteId");
        number = Checks.text(number, "number");
        planStep = Checks.text(planStep, "planStep", 100);
    }

    /** The idempotency key of the conversion step. */
    public String conversionKey() {
        return quoteId + "/" + revision + "/" + planStep;
    }
}
