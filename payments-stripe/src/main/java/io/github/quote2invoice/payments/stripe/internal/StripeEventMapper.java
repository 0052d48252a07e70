package io.github.quote2invoice.payments.stripe.internal;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.model.Dispute;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeError;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.payment.PaymentRequest;
import io.github.quote2invoice.payment.Reversal;
import io.github.quote2invoice.payment.spi.GatewayEvent;
import io.github.quote2invoice.payment.spi.NotificationRejectedException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a verified Stripe {@link Event} to a {@link GatewayEvent}. Not API.
 *
 * <p>Why each choice: the ledger's payment id is the payment intent id, because refunds and disputes
 * name the payment intent, not the session; card payments are final at
 * {@code checkout.session.completed} (payment status {@code paid}) while SEPA debits only succeed days
 * later ({@code async_payment_succeeded}); chargebacks are recorded when Stripe withdraws the funds,
 * not when a dispute (possibly a mere inquiry) opens.
 */
public final class StripeEventMapper {
    private final ZoneId zone;

    /** @param zone where event times become value dates */
    public StripeEventMapper(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The gateway event for {@code event}.
     *
     * @throws NotificationRejectedException {@code MALFORMED_NOTIFICATION} when its object cannot be read
     *         or lacks what the event type needs
     */
    public GatewayEvent map(Event event) {
        try {
            if (event.getId() == null || event.getType() == null) {
                throw new IllegalArgumentException("event id or type missing");
            }
            return switch (event.getType()) {
                case "checkout.session.completed" -> sessionCompleted(event, false);
                case "checkout.session.async_payment_succeeded" -> sessionCompleted(event, true);
                case "checkout.session.async_payment_failed" -> sessionFailed(event);
                case "payment_intent.payment_failed" -> paymentFailed(event);
                case "refund.created", "refund.updated" -> refund(event);
                case "charge.dispute.funds_withdrawn" -> disputeWithdrawn(event);
                case "charge.dispute.funds_reinstated" -> disputeClosed(event, true);
                case "charge.dispute.closed" -> {
                    Dispute d = object(event, Dispute.class);
                    yield "lost".equals(d.getStatus()) ? disputeClosed(event, false) : new GatewayEvent.Ignored(event.getId(), event.getType());
                }
                default -> new GatewayEvent.Ignored(event.getId(), event.getType());
            };
        } catch (InvalidValueException | IllegalArgumentException | ArithmeticException e) {
            throw new NotificationRejectedException(NotificationRejectedException.MALFORMED,
                    "Stripe event " + event.getId() + " (" + event.getType() + ") lacks what it needs: " + e.getMessage(), e);
        }
    }

    private GatewayEvent sessionCompleted(Event event, boolean async) {
        Session s = object(event, Session.class);
        Optional<String> invoiceId = invoiceId(s.getMetadata()).or(() -> Optional.ofNullable(s.getClientReferenceId()));
        if (invoiceId.isEmpty() || s.getPaymentIntent() == null) {
            return new GatewayEvent.Ignored(event.getId(), event.getType());
        }
        if (!"paid".equals(s.getPaymentStatus())) {
            // SEPA debit: the session completes while the debit is still processing; wait for async_payment_succeeded.
            return new GatewayEvent.Ignored(event.getId(), event.getType() + ":" + s.getPaymentStatus());
        }
        Money amount = money(s.getAmountTotal(), s.getCurrency());
        Optional<String> payer = Optional.ofNullable(s.getCustomerDetails()).map(Session.CustomerDetails::getName).filter(n -> !n.isBlank());
        Payment payment = new Payment(s.getPaymentIntent(), amount, async ? PaymentMethod.DIRECT_DEBIT : PaymentMethod.CARD,
                date(event), Optional.of(s.getId()), payer);
        return new GatewayEvent.PaymentSucceeded(event.getId(), invoiceId.get(), payment);
    }

    private GatewayEvent sessionFailed(Event event) {
        Session s = object(event, Session.class);
        return new GatewayEvent.PaymentFailed(event.getId(), invoiceId(s.getMetadata()), "async_payment_failed",
                "the SEPA debit for checkout session " + s.getId() + " failed");
    }

    private GatewayEvent paymentFailed(Event event) {
        PaymentIntent pi = object(event, PaymentIntent.class);
        StripeError err = pi.getLastPaymentError();
        String code = err == null ? "payment_failed"
                : Optional.ofNullable(err.getDeclineCode()).or(() -> Optional.ofNullable(err.getCode())).orElse("payment_failed");
        String message = err == null || err.getMessage() == null ? "payment " + pi.getId() + " failed" : err.getMessage();
        return new GatewayEvent.PaymentFailed(event.getId(), invoiceId(pi.getMetadata()), code, message);
    }

    private GatewayEvent refund(Event event) {
        Refund r = object(event, Refund.class);
        if (!"succeeded".equals(r.getStatus()) || r.getPaymentIntent() == null) {
            return new GatewayEvent.Ignored(event.getId(), event.getType() + ":" + r.getStatus());
        }
        return new GatewayEvent.PaymentReversed(event.getId(), new Reversal(r.getId(), r.getPaymentIntent(),
                money(r.getAmount(), r.getCurrency()), Reversal.Kind.REFUND, date(r.getCreated())));
    }

    private GatewayEvent disputeWithdrawn(Event event) {
        Dispute d = object(event, Dispute.class);
        return new GatewayEvent.PaymentReversed(event.getId(), new Reversal(d.getId(), d.getPaymentIntent(),
                money(d.getAmount(), d.getCurrency()), Reversal.Kind.CHARGEBACK, date(event)));
    }

    private GatewayEvent disputeClosed(Event event, boolean won) {
        Dispute d = object(event, Dispute.class);
        return new GatewayEvent.DisputeClosed(event.getId(), d.getId(), d.getPaymentIntent(), money(d.getAmount(), d.getCurrency()), won,
                date(event));
    }

    private static Optional<String> invoiceId(Map<String, String> metadata) {
        return Optional.ofNullable(metadata).map(m -> m.get(PaymentRequest.INVOICE_ID)).filter(s -> !s.isBlank());
    }

    private static Money money(Long minor, String currency) {
        if (minor == null || currency == null) {
            throw new IllegalArgumentException("amount or currency missing");
        }
        return Money.ofMinor(minor, Money.currency(currency.toUpperCase(Locale.ROOT)));
    }

    private LocalDate date(Event event) {
        return date(event.getCreated());
    }

    private LocalDate date(Long epochSecond) {
        if (epochSecond == null) {
            throw new IllegalArgumentException("creation time missing");
        }
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
    }

    private static <T extends StripeObject> T object(Event event, Class<T> type) {
        StripeObject o;
        try {
            // getObject() is empty when the event's API version differs from stripe-java's; the fields read here are stable across versions.
            o = event.getDataObjectDeserializer().getObject().isPresent() ? event.getDataObjectDeserializer().getObject().get()
                    : event.getDataObjectDeserializer().deserializeUnsafe();
        } catch (EventDataObjectDeserializationException e) {
            throw new NotificationRejectedException(NotificationRejectedException.MALFORMED,
                    "cannot read the object of Stripe event " + event.getId() + ": " + e.getMessage(), e);
        }
        if (!type.isInstance(o)) {
            throw new NotificationRejectedException(NotificationRejectedException.MALFORMED, "Stripe event " + event.getId() + " ("
                    + event.getType() + ") carries a " + (o == null ? "nothing" : o.getClass().getSimpleName()) + ", not a " + type.getSimpleName(), null);
        }
        return type.cast(o);
    }
}
