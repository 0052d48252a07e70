package io.github.quote2invoice.payment.spi;

import io.github.quote2invoice.error.Quote2InvoiceException;

import java.util.Optional;

/**
 * The payment provider could not do what was asked (unreachable, authentication refused, invalid
 * request). Not used for declined cards, which are results.
 */
public final class PaymentGatewayException extends Quote2InvoiceException {
    private static final long serialVersionUID = 1L;

    /** The code of every instance. */
    public static final String GATEWAY_ERROR = "GATEWAY_ERROR";

    private final String providerRequestId;
    private final boolean retryable;

    /**
     * @param message what failed, with the provider's own message
     * @param providerRequestId the provider's request id for support, may be null
     * @param retryable true when trying again later (with the same idempotency key) may succeed
     * @param cause the provider library's exception
     */
    public PaymentGatewayException(String message, String providerRequestId, boolean retryable, Throwable cause) {
        super(GATEWAY_ERROR, "", message, cause);
        this.providerRequestId = providerRequestId;
        this.retryable = retryable;
    }

    /** The provider's request id, for its support. */
    public Optional<String> providerRequestId() {
        return Optional.ofNullable(providerRequestId);
    }

    /** True when a retry with the same idempotency key may succeed. */
    public boolean retryable() {
        return retryable;
    }
}
