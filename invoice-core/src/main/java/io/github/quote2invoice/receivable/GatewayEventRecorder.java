package io.github.quote2invoice.receivable;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.spi.GatewayEvent;
import io.github.quote2invoice.payment.spi.Notification;
import io.github.quote2invoice.payment.spi.PaymentGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Records what payment providers report into a {@link PaymentBook} (or an {@code AuditedPaymentBook},
 * which also writes the audit trail and outbox events), each provider event at most once.
 *
 * <p>The event id is the key of the book's update: for a book kept in a journal, the id is written in
 * the same write as the payment it brings, so a crash can neither lose the payment nor record it twice,
 * across processes; an update that fails writes nothing, id included, so the provider's next delivery
 * records it. Thread-safe.
 */
public final class GatewayEventRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayEventRecorder.class);
    /** Prefix of the book keys made from event ids. */
    static final String KEY_PREFIX = "gateway-event:";

    /** What became of an event. */
    public enum Outcome {
        /** Recorded in the ledger (payment, refund, chargeback, dispute closed). */
        RECORDED,
        /** Seen before: nothing changed. */
        ALREADY_PROCESSED,
        /** A payment attempt failed (e.g. card declined): nothing to record, the invoice stays due. */
        DECLINED,
        /** Nothing to do with invoices (not remembered: a second delivery is ignored again). */
        IGNORED
    }

    private final LedgerUpdater updater;

    /**
     * A recorder keeping event ids as keys of {@code updater}'s updates ({@code "gateway-event:" + id}).
     *
     * @param updater where payments are recorded
     */
    public GatewayEventRecorder(LedgerUpdater updater) {
        this.updater = Checks.required(updater, "updater");
    }

    /**
     * Verifies {@code notification} with {@code gateway} and records the event it carries.
     *
     * @throws io.github.quote2invoice.payment.spi.NotificationRejectedException when not authentic or
     *         unreadable; nothing is recorded then
     */
    public Outcome handle(PaymentGateway gateway, Notification notification) {
        return record(Checks.required(gateway, "gateway").parseNotification(notification));
    }

    /**
     * Records {@code event} unless its id was processed before.
     *
     * @throws PaymentLedgerException when the ledger refuses it (e.g. a payment for an invoice it does
     *         not know); the event is then not marked processed
     */
    public Outcome record(GatewayEvent event) {
        Checks.required(event, "event");
        UnaryOperator<PaymentLedger> change = changeOf(event);
        if (change == null && !(event instanceof GatewayEvent.PaymentFailed || event instanceof GatewayEvent.DisputeClosed)) {
            // Nothing to do with invoices: not keyed, or the journal would keep a key per unrelated provider event.
            return Outcome.IGNORED;
        }
        // A declined payment or a lost dispute changes nothing, but its id is kept all the same, so that
        // a second delivery is not reported (and acted upon) as a second decline.
        if (updater.update(KEY_PREFIX + event.eventId(), change == null ? UnaryOperator.identity() : change).isEmpty()) {
            LOG.debug("event {} already processed", event.eventId());
            return Outcome.ALREADY_PROCESSED;
        }
        return change == null ? unrecorded(event) : recorded(event);
    }

    /** What {@code event} changes in the ledger; null for an event that records nothing. */
    private static UnaryOperator<PaymentLedger> changeOf(GatewayEvent event) {
        if (event instanceof GatewayEvent.PaymentSucceeded s) {
            return l -> {
                Receivable r = l.receivable(s.invoiceId()).orElseThrow(() -> new PaymentLedgerException(
                        PaymentLedgerException.UNKNOWN_INVOICE, "invoiceId", "payment " + s.payment().id() + " is for invoice '"
                        + s.invoiceId() + "', which is not in the ledger"));
                return l.record(s.payment(), r.buyerId()).allocateInOrder(s.payment().id(), List.of(s.invoiceId()));
            };
        }
        if (event instanceof GatewayEvent.PaymentReversed r) {
            return l -> l.reverse(r.reversal());
        }
        if (event instanceof GatewayEvent.DisputeClosed d && d.won()) {
            return l -> {
                String buyer = l.buyerOf(d.paymentId()).orElseThrow(() -> new PaymentLedgerException(
                        PaymentLedgerException.UNKNOWN_PAYMENT, "paymentId", "disputed payment '" + d.paymentId() + "' is not in the ledger"));
                Payment original = l.payment(d.paymentId()).orElseThrow();
                String id = d.disputeId() + ":reinstated";
                Payment reinstated = new Payment(id, d.amount(), original.method(), d.closedOn(), Optional.of(d.disputeId()), original.payerName());
                return l.record(reinstated, buyer).allocateOldestFirst(id);
            };
        }
        return null;
    }

    private static Outcome recorded(GatewayEvent event) {
        if (event instanceof GatewayEvent.PaymentSucceeded s) {
            LOG.info("payment {} of {} recorded for invoice {}", s.payment().id(), s.payment().amount(), s.invoiceId());
        } else if (event instanceof GatewayEvent.PaymentReversed r) {
            LOG.info("{} {} of {} recorded on payment {}", r.reversal().kind(), r.reversal().id(), r.reversal().amount(), r.reversal().paymentId());
        } else if (event instanceof GatewayEvent.DisputeClosed d) {
            LOG.info("dispute {} on payment {} closed, won", d.disputeId(), d.paymentId());
        }
        return Outcome.RECORDED;
    }

    /** The outcome of a declined payment or a lost dispute, seen for the first time. */
    private static Outcome unrecorded(GatewayEvent event) {
        if (event instanceof GatewayEvent.DisputeClosed d) {
            LOG.info("dispute {} on payment {} closed, lost", d.disputeId(), d.paymentId());
            return Outcome.RECORDED;
        }
        GatewayEvent.PaymentFailed f = (GatewayEvent.PaymentFailed) event;
        LOG.info("payment attempt for invoice {} failed: {} ({})", f.invoiceId().orElse("?"), f.failureCode(), f.message());
        return Outcome.DECLINED;
    }
}
