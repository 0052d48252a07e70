package io.github.quote2invoice.receivable;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.spi.GatewayEvent;
import io.github.quote2invoice.payment.spi.Notification;
import io.github.quote2invoice.payment.spi.PaymentGateway;
import io.github.quote2invoice.payment.spi.ProcessedEventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * Records what payment providers report into a {@link PaymentBook}, each provider event at most once.
 *
 * <p>The event id is claimed in the {@link ProcessedEventStore} before anything is recorded; a second
 * delivery of the same event (a retry, or many at once) finds it claimed and changes nothing. When
 * recording fails the claim is given back, so the provider's next retry can succeed. Thread-safe.
 */
public final class GatewayEventRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayEventRecorder.class);

    /** What became of an event. */
    public enum Outcome {
        /** Recorded in the ledger (payment, refund, chargeback, dispute closed). */
        RECORDED,
        /** Seen before: nothing changed. */
        ALREADY_PROCESSED,
        /** A payment attempt failed (e.g. card declined): nothing to record, the invoice stays due. */
        DECLINED,
        /** Nothing to do with invoices. */
        IGNORED
    }

    private final PaymentBook book;
    private final ProcessedEventStore processed;

    /**
     * @param book where payments are recorded
     * @param processed which events were already processed
     */
    public GatewayEventRecorder(PaymentBook book, ProcessedEventStore processed) {
        this.book = Checks.required(book, "book");
        this.processed = Checks.required(processed, "processed");
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
        if (!processed.claim(event.eventId())) {
            LOG.debug("event {} already processed", event.eventId());
            return Outcome.ALREADY_PROCESSED;
        }
        try {
            return apply(event);
        } catch (RuntimeException e) {
            processed.release(event.eventId());
            throw e;
        }
    }

    private Outcome apply(GatewayEvent event) {
        if (event instanceof GatewayEvent.PaymentSucceeded s) {
            book.update(l -> {
                Receivable r = l.receivable(s.invoiceId()).orElseThrow(() -> new PaymentLedgerException(
                        PaymentLedgerException.UNKNOWN_INVOICE, "invoiceId", "payment " + s.payment().id() + " is for invoice '"
                        + s.invoiceId() + "', which is not in the ledger"));
                return l.record(s.payment(), r.buyerId()).allocateInOrder(s.payment().id(), List.of(s.invoiceId()));
            });
            LOG.info("payment {} of {} recorded for invoice {}", s.payment().id(), s.payment().amount(), s.invoiceId());
            return Outcome.RECORDED;
        }
        if (event instanceof GatewayEvent.PaymentReversed r) {
            book.update(l -> l.reverse(r.reversal()));
            LOG.info("{} {} of {} recorded on payment {}", r.reversal().kind(), r.reversal().id(), r.reversal().amount(),
                    r.reversal().paymentId());
            return Outcome.RECORDED;
        }
        if (event instanceof GatewayEvent.DisputeClosed d) {
            if (d.won()) {
                book.update(l -> {
                    String buyer = l.buyerOf(d.paymentId()).orElseThrow(() -> new PaymentLedgerException(
                            PaymentLedgerException.UNKNOWN_PAYMENT, "paymentId", "disputed payment '" + d.paymentId() + "' is not in the ledger"));
                    Payment original = l.payment(d.paymentId()).orElseThrow();
                    String id = d.disputeId() + ":reinstated";
                    Payment reinstated = new Payment(id, d.amount(), original.method(),
                            d.closedOn(), Optional.of(d.disputeId()), original.payerName());
                    return l.record(reinstated, buyer).allocateOldestFirst(id);
                });
            }
            LOG.info("dispute {} on payment {} closed, {}", d.disputeId(), d.paymentId(), d.won() ? "won" : "lost");
            return Outcome.RECORDED;
        }
        if (event instanceof GatewayEvent.PaymentFailed f) {
            LOG.info("payment attempt for invoice {} failed: {} ({})", f.invoiceId().orElse("?"), f.failureCode(), f.message());
            return Outcome.DECLINED;
        }
        return Outcome.IGNORED;
    }
}
