package io.github.quote2invoice.payments.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.checkout.SessionCreateParams;
import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.payment.PaymentRequest;
import io.github.quote2invoice.payment.PaymentRequestResult;
import io.github.quote2invoice.payment.spi.GatewayEvent;
import io.github.quote2invoice.payment.spi.Notification;
import io.github.quote2invoice.payment.spi.NotificationRejectedException;
import io.github.quote2invoice.payment.spi.PaymentGateway;
import io.github.quote2invoice.payment.spi.PaymentGatewayException;
import io.github.quote2invoice.payments.stripe.internal.StripeEventMapper;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@link PaymentGateway} on Stripe.
 *
 * <p>{@link #createPaymentRequest} creates a Checkout Session in payment mode for the invoice's amount
 * due, accepting card and/or SEPA Direct Debit, with the invoice id and number in the metadata of the
 * session and of its payment intent (so refunds, failures and disputes find their invoice), and sends
 * the request's idempotency key: Stripe answers a repeated key with the session it created the first
 * time, and stripe-java's own network retries reuse it, so a retry never creates a second session.
 *
 * <p>{@link #parseNotification} verifies the {@code Stripe-Signature} header with
 * {@link Webhook#constructEvent} (HMAC-SHA256 of {@code timestamp.body} with the endpoint secret;
 * timestamps older than the tolerance, 300 s by default, are refused as replays) and maps the event:
 * <ul>
 *   <li>{@code checkout.session.completed} with payment status {@code paid} (card) and
 *       {@code checkout.session.async_payment_succeeded} (SEPA debit, days later) - payment received;</li>
 *   <li>{@code checkout.session.async_payment_failed} and {@code payment_intent.payment_failed} - attempt failed (a result);</li>
 *   <li>{@code refund.created} / {@code refund.updated} with status {@code succeeded} - refund;</li>
 *   <li>{@code charge.dispute.funds_withdrawn} - chargeback; {@code charge.dispute.funds_reinstated} -
 *       dispute won, money back; {@code charge.dispute.closed} lost - nothing more to record;</li>
 *   <li>anything else - ignored.</li>
 * </ul>
 *
 * <p>Uses an instance {@link StripeClient} (no global {@code Stripe.apiKey}); thread-safe.
 */
public final class StripePaymentGateway implements PaymentGateway {
    /** Stripe's default webhook tolerance. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(Webhook.DEFAULT_TOLERANCE);
    /** The header carrying the signature. */
    public static final String SIGNATURE_HEADER = "Stripe-Signature";

    private final StripeClient client;
    private final String webhookSecret;
    private final Duration tolerance;
    private final Clock clock;
    private final StripeEventMapper mapper;

    /**
     * A gateway with the default tolerance, the system clock and dates in Europe/Paris.
     *
     * @param client the Stripe client (API key, API base, retries: see {@link StripeClient#builder()})
     * @param webhookSecret the endpoint's signing secret ({@code whsec_...})
     */
    public StripePaymentGateway(StripeClient client, String webhookSecret) {
        this(client, webhookSecret, DEFAULT_TOLERANCE, Clock.systemUTC(), ZoneId.of("Europe/Paris"));
    }

    /**
     * @param client the Stripe client
     * @param webhookSecret the endpoint's signing secret
     * @param tolerance how old a signed timestamp may be (and how far in the future)
     * @param clock the clock the tolerance is measured with
     * @param zone the zone in which event times become value dates
     */
    public StripePaymentGateway(StripeClient client, String webhookSecret, Duration tolerance, Clock clock, ZoneId zone) {
        this.client = Checks.required(client, "client");
        this.webhookSecret = Checks.text(webhookSecret, "webhookSecret");
        this.tolerance = Checks.required(tolerance, "tolerance");
        Checks.check(!tolerance.isNegative() && !tolerance.isZero(), ErrorCodes.OUT_OF_RANGE, "tolerance", "must be positive");
        this.clock = Checks.required(clock, "clock");
        this.mapper = new StripeEventMapper(Checks.required(zone, "zone"));
    }

    @Override
    public PaymentRequestResult createPaymentRequest(PaymentRequest request) {
        Checks.required(request, "request");
        SessionCreateParams params = sessionParams(request);
        RequestOptions options = RequestOptions.builder().setIdempotencyKey(request.idempotencyKey()).build();
        Session session;
        try {
            session = client.v1().checkout().sessions().create(params, options);
        } catch (StripeException e) {
            boolean retryable = e instanceof ApiConnectionException || e instanceof RateLimitException
                    || (e.getStatusCode() != null && e.getStatusCode() >= 500);
            throw new PaymentGatewayException("Stripe refused the checkout session for invoice " + request.invoiceNumber() + ": "
                    + e.getMessage(), e.getRequestId(), retryable, e);
        }
        Money amount = Money.ofMinor(session.getAmountTotal(), Money.currency(session.getCurrency().toUpperCase(Locale.ROOT)));
        return new PaymentRequestResult(session.getId(), URI.create(session.getUrl()), amount, request.invoiceId(),
                Optional.ofNullable(session.getExpiresAt()).map(Instant::ofEpochSecond));
    }

    private static SessionCreateParams sessionParams(PaymentRequest request) {
        SessionCreateParams.Builder b = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setSuccessUrl(request.successUrl().toString())
                .setCancelUrl(request.cancelUrl().toString())
                .setClientReferenceId(request.invoiceId())
                .putAllMetadata(request.metadata())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .setDescription(request.description()).putAllMetadata(request.metadata()).build())
                .addLineItem(SessionCreateParams.LineItem.builder().setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(request.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT))
                                .setUnitAmount(request.amount().minorUnits().longValueExact())
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(request.description()).build())
                                .build())
                        .build());
        for (PaymentMethod m : request.methods()) {
            switch (m) {
                case CARD -> b.addPaymentMethodType(SessionCreateParams.PaymentMethodType.CARD);
                case DIRECT_DEBIT -> b.addPaymentMethodType(SessionCreateParams.PaymentMethodType.SEPA_DEBIT);
                default -> throw new io.github.quote2invoice.error.InvalidValueException(ErrorCodes.UNKNOWN_CODE, "methods",
                        m + " cannot be paid through a Stripe Checkout Session (CARD and DIRECT_DEBIT can)");
            }
        }
        request.customerEmail().ifPresent(b::setCustomerEmail);
        return b.build();
    }

    @Override
    public GatewayEvent parseNotification(Notification notification) {
        Checks.required(notification, "notification");
        String signature = notification.header(SIGNATURE_HEADER).orElseThrow(() -> new NotificationRejectedException(
                NotificationRejectedException.SIGNATURE_MISSING, "no " + SIGNATURE_HEADER + " header: not a Stripe webhook call", null));
        Event event;
        try {
            event = Webhook.constructEvent(notification.bodyText(), signature, webhookSecret, tolerance.toSeconds(), clock);
        } catch (SignatureVerificationException e) {
            String code = e.getMessage() != null && e.getMessage().contains("tolerance")
                    ? NotificationRejectedException.TIMESTAMP_OUT_OF_TOLERANCE : NotificationRejectedException.SIGNATURE_INVALID;
            throw new NotificationRejectedException(code, "Stripe signature refused: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Correctly signed but not JSON Stripe can read (gson's JsonSyntaxException and the like).
            throw new NotificationRejectedException(NotificationRejectedException.MALFORMED, "signed body is not a Stripe event: "
                    + e.getMessage(), e);
        }
        return mapper.map(event);
    }
}
