package io.github.quote2invoice.payment;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * The payment page a gateway created for a {@link PaymentRequest}.
 *
 * @param gatewayId the gateway's id of the request (Stripe: the checkout session id {@code cs_...})
 * @param url where the payer pays; put it in the invoice mail and in {@link PaymentMeans.Card#paymentLink()}
 * @param amount the amount the page asks
 * @param invoiceId the invoice it is for
 * @param expiresAt when the page stops accepting payment, when the gateway says
 */
public record PaymentRequestResult(String gatewayId, URI url, Money amount, String invoiceId, Optional<Instant> expiresAt) {
    /** Validates presence. */
    public PaymentRequestResult {
        gatewayId = Checks.text(gatewayId, "gatewayId", 255);
        Checks.required(url, "url");
        Checks.required(amount, "amount");
        invoiceId = Checks.text(invoiceId, "invoiceId", 100);
        expiresAt = Checks.optional(expiresAt);
    }
}
