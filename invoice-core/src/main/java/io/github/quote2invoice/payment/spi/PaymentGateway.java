package io.github.quote2invoice.payment.spi;

import io.github.quote2invoice.payment.PaymentRequest;
import io.github.quote2invoice.payment.PaymentRequestResult;

/**
 * A payment service provider seen from the library: it creates hosted payment pages for invoices and
 * turns its signed notifications into {@link GatewayEvent}s.
 *
 * <p>Implementations are thread-safe. A declined card is not an error: it arrives as a
 * {@link GatewayEvent.PaymentFailed} event.
 */
public interface PaymentGateway {

    /**
     * Creates (or, for an idempotency key already used, returns again) the payment page for
     * {@code request}.
     *
     * @throws PaymentGatewayException when the provider cannot be reached or refuses the request
     */
    PaymentRequestResult createPaymentRequest(PaymentRequest request);

    /**
     * Verifies that {@code notification} comes from the provider (signature, freshness) and maps it to
     * an event. Pure: records nothing (see {@code GatewayEventRecorder} for that).
     *
     * @throws NotificationRejectedException when unsigned, wrongly signed, too old or malformed
     */
    GatewayEvent parseNotification(Notification notification);
}
