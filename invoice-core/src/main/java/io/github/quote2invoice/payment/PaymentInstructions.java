package io.github.quote2invoice.payment;

import io.github.quote2invoice.internal.Checks;

import java.util.List;
import java.util.Optional;

/**
 * How to pay an invoice: the accepted means and the remittance reference the payer must quote
 * (BT-83; an ISO 11649 RF creditor reference for transfers).
 *
 * @param means accepted means, in order of preference
 * @param remittanceReference the reference to quote with the payment
 */
public record PaymentInstructions(List<PaymentMeans> means, Optional<String> remittanceReference) {
    /** No instructions. */
    public static final PaymentInstructions NONE = new PaymentInstructions(List.of(), Optional.empty());

    /** Validates presence. */
    public PaymentInstructions {
        means = Checks.list(means, "means");
        remittanceReference = Checks.optionalText(remittanceReference, "remittanceReference");
    }
}
