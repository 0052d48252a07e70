package io.github.quote2invoice.payments.stripe;

import com.stripe.StripeClient;
import io.github.quote2invoice.invoice.InvoiceStatus;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.payment.Reversal;
import io.github.quote2invoice.payment.spi.GatewayEvent;
import io.github.quote2invoice.payment.spi.Notification;
import io.github.quote2invoice.payment.spi.NotificationRejectedException;
import io.github.quote2invoice.receivable.GatewayEventRecorder;
import io.github.quote2invoice.receivable.GatewayEventRecorder.Outcome;
import io.github.quote2invoice.receivable.PaymentBook;
import io.github.quote2invoice.receivable.PaymentLedger;
import io.github.quote2invoice.testing.DraftInvoices;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Webhooks signed with Stripe's scheme ({@link StripeFixtures#sign}) and verified by stripe-java's
 * {@code Webhook.constructEvent}. The sample invoice asks EUR 3660.00 = 366000 cents.
 */
class StripeWebhookTest {
    private static final long NOW = 1_795_100_000L;   // 2026-11-19T14:53:20Z; events are created a few seconds before
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
    private static final String PI = "pi_3QfJ2xLkdIwHu7ix0aBcDeFg";

    private final StripePaymentGateway gateway = new StripePaymentGateway(
            StripeClient.builder().setApiKey("sk_test_unused").setApiBase("http://127.0.0.1:9").build(), StripeFixtures.SECRET,
            StripePaymentGateway.DEFAULT_TOLERANCE, CLOCK, ZoneId.of("Europe/Paris"));
    private final PaymentBook book = new PaymentBook(PaymentLedger.empty(DraftInvoices.EUR)
            .register(DraftInvoices.frenchB2b().id("inv-1").build().issue("FA-2026-000042", LocalDate.of(2026, 11, 10))));
    private final GatewayEventRecorder recorder = new GatewayEventRecorder(book);

    private static String session(String eventId, String type, String status) {
        return StripeFixtures.json("event_checkout_session", Map.of("EVENT_ID", eventId, "TYPE", type, "PAYMENT_STATUS", status,
                "CREATED", NOW - 5, "EXPIRES", NOW + 86_000, "AMOUNT", 366000, "INVOICE_ID", "inv-1", "PAYMENT_INTENT", PI));
    }

    private static Notification signed(String body) {
        return signed(body, StripeFixtures.SECRET, NOW - 2);
    }

    private static Notification signed(String body, String secret, long timestamp) {
        return Notification.of(body, "Stripe-Signature", StripeFixtures.sign(body, secret, timestamp));
    }

    private void refused(Notification n, String code) {
        PaymentLedger before = book.current();
        assertThatThrownBy(() -> recorder.handle(gateway, n)).isInstanceOf(NotificationRejectedException.class)
                .extracting(e -> ((NotificationRejectedException) e).code()).isEqualTo(code);
        assertThat(book.current()).isSameAs(before);
        assertThat(book.current().payments()).isEmpty();
    }

    @Test
    void paidCheckoutSessionRecordsThePaymentAgainstItsInvoice() {
        Notification n = signed(session("evt_1QfJ2yLkdIwHu7ixA", "checkout.session.completed", "paid"));
        GatewayEvent event = gateway.parseNotification(n);
        assertThat(event).isInstanceOfSatisfying(GatewayEvent.PaymentSucceeded.class, s -> {
            assertThat(s.invoiceId()).isEqualTo("inv-1");
            assertThat(s.payment().id()).isEqualTo(PI);
            assertThat(s.payment().amount()).isEqualTo(Money.of("3660.00", "EUR"));
            assertThat(s.payment().method()).isEqualTo(PaymentMethod.CARD);
            assertThat(s.payment().payerName()).contains("Paul Martin");
        });
        assertThat(recorder.handle(gateway, n)).isEqualTo(Outcome.RECORDED);
        assertThat(book.current().status("inv-1", LocalDate.of(2026, 11, 20))).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void wrongSecretAlteredBodyOldTimestampMissingHeaderAndMalformedBodyAreRefusedAndChangeNothing() {
        String body = session("evt_1QfJ2yLkdIwHu7ixB", "checkout.session.completed", "paid");
        refused(signed(body, "whsec_someone_else", NOW - 2), NotificationRejectedException.SIGNATURE_INVALID);
        Notification altered = Notification.of(body.replace("366000", "1"), "Stripe-Signature",
                StripeFixtures.sign(body, StripeFixtures.SECRET, NOW - 2));
        refused(altered, NotificationRejectedException.SIGNATURE_INVALID);
        // A genuine, correctly signed call replayed 301 s later: outside Stripe's 300 s tolerance.
        refused(signed(body, StripeFixtures.SECRET, NOW - 301), NotificationRejectedException.TIMESTAMP_OUT_OF_TOLERANCE);
        refused(new Notification(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of()),
                NotificationRejectedException.SIGNATURE_MISSING);
        refused(Notification.of(body, "Stripe-Signature", "garbage"), NotificationRejectedException.SIGNATURE_INVALID);
        refused(signed("{\"id\": \"evt_x\", \"object\": \"event\", \"data\": "), NotificationRejectedException.MALFORMED);
        assertThat(book.current().payments()).isEmpty();
        // The same body, properly signed, still goes through afterwards.
        assertThat(recorder.handle(gateway, signed(body))).isEqualTo(Outcome.RECORDED);
    }

    @Test
    void sameWebhookReplayedAThousandTimesInParallelRecordsOnePayment() throws Exception {
        Notification n = signed(session("evt_1QfJ2yLkdIwHu7ixC", "checkout.session.completed", "paid"));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        Map<Outcome, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        try {
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    outcomes.computeIfAbsent(recorder.handle(gateway, n), k -> new AtomicInteger()).incrementAndGet();
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        outcomes.forEach((k, v) -> counts.put(k, v.get()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(Outcome.RECORDED, 1, Outcome.ALREADY_PROCESSED, 999));
        assertThat(book.current().payments()).hasSize(1);
        assertThat(book.current().allocatedTo("inv-1")).isEqualTo(Money.of("3660.00", "EUR"));
    }

    @Test
    void declinedCardIsAResult() {
        String body = StripeFixtures.json("event_payment_intent_failed", Map.of("EVENT_ID", "evt_1QfJ2yLkdIwHu7ixD", "CREATED", NOW - 5,
                "AMOUNT", 366000, "INVOICE_ID", "inv-1", "PAYMENT_INTENT", PI));
        GatewayEvent event = gateway.parseNotification(signed(body));
        assertThat(event).isInstanceOfSatisfying(GatewayEvent.PaymentFailed.class, f -> {
            assertThat(f.failureCode()).isEqualTo("insufficient_funds");
            assertThat(f.message()).isEqualTo("Your card has insufficient funds.");
            assertThat(f.invoiceId()).contains("inv-1");
        });
        assertThat(recorder.record(event)).isEqualTo(Outcome.DECLINED);
        assertThat(book.current().amountDue("inv-1")).isEqualTo(Money.of("3660.00", "EUR"));
    }

    @Test
    void sepaDebitIsRecordedWhenItSucceedsNotWhenTheSessionCompletes() {
        assertThat(recorder.handle(gateway, signed(session("evt_s1", "checkout.session.completed", "unpaid")))).isEqualTo(Outcome.IGNORED);
        assertThat(book.current().payments()).isEmpty();
        assertThat(recorder.handle(gateway, signed(session("evt_s2", "checkout.session.async_payment_succeeded", "paid"))))
                .isEqualTo(Outcome.RECORDED);
        assertThat(book.current().payment(PI).orElseThrow().method()).isEqualTo(PaymentMethod.DIRECT_DEBIT);
        assertThat(gateway.parseNotification(signed(session("evt_s3", "checkout.session.async_payment_failed", "unpaid"))))
                .isInstanceOf(GatewayEvent.PaymentFailed.class);
    }

    @Test
    void refundAfterACreditNoteAndDisputeLifecycle() {
        recorder.handle(gateway, signed(session("evt_p", "checkout.session.completed", "paid")));
        // Credit note of 1320.00 (goods returned), then Stripe refunds it: invoice stays paid, no balance left.
        book.update(l -> l.applyCredit("cn-1", "inv-1", Money.of("1320.00", "EUR")));
        String refund = StripeFixtures.json("event_refund", Map.of("EVENT_ID", "evt_r1", "TYPE", "refund.created", "CREATED", NOW - 5,
                "AMOUNT", 132000, "REFUND_ID", "re_3QfJ2xLkdIwHu7ix1", "PAYMENT_INTENT", PI, "STATUS", "succeeded"));
        GatewayEvent r = gateway.parseNotification(signed(refund));
        assertThat(r).isInstanceOfSatisfying(GatewayEvent.PaymentReversed.class,
                e -> assertThat(e.reversal().kind()).isEqualTo(Reversal.Kind.REFUND));
        assertThat(recorder.record(r)).isEqualTo(Outcome.RECORDED);
        // refund.updated for the same refund: a new event id, the same refund: nothing counted twice.
        recorder.handle(gateway, signed(refund.replace("evt_r1", "evt_r2").replace("refund.created", "refund.updated")));
        String buyer = book.current().buyerOf(PI).orElseThrow();
        assertThat(book.current().creditBalance(buyer)).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(book.current().reversed(PI)).isEqualTo(Money.of("1320.00", "EUR"));
        assertThat(book.current().status("inv-1", LocalDate.of(2026, 11, 20))).isEqualTo(InvoiceStatus.PAID);

        // Dispute on the remaining 2340.00: funds withdrawn -> the invoice is due again; reinstated -> paid again.
        Map<String, Object> dispute = Map.of("CREATED", NOW - 5, "AMOUNT", 234000, "DISPUTE_ID", "dp_1QfJ2yLkdIwHu7ix",
                "PAYMENT_INTENT", PI, "DUE_BY", NOW + 7 * 86400);
        recorder.handle(gateway, signed(StripeFixtures.json("event_dispute", with(dispute, "evt_d1", "charge.dispute.funds_withdrawn", "needs_response"))));
        assertThat(book.current().amountDue("inv-1")).isEqualTo(Money.of("2340.00", "EUR"));
        recorder.handle(gateway, signed(StripeFixtures.json("event_dispute", with(dispute, "evt_d2", "charge.dispute.funds_reinstated", "won"))));
        assertThat(book.current().status("inv-1", LocalDate.of(2026, 11, 20))).isEqualTo(InvoiceStatus.PAID);
        assertThat(book.current().payment("dp_1QfJ2yLkdIwHu7ix:reinstated")).isPresent();
    }

    @Test
    void lostDisputeLeavesTheInvoiceDue() {
        recorder.handle(gateway, signed(session("evt_p", "checkout.session.completed", "paid")));
        Map<String, Object> dispute = Map.of("CREATED", NOW - 5, "AMOUNT", 366000, "DISPUTE_ID", "dp_lost", "PAYMENT_INTENT", PI,
                "DUE_BY", NOW + 7 * 86400);
        recorder.handle(gateway, signed(StripeFixtures.json("event_dispute", with(dispute, "evt_d1", "charge.dispute.funds_withdrawn", "needs_response"))));
        GatewayEvent closed = gateway.parseNotification(signed(StripeFixtures.json("event_dispute", with(dispute, "evt_d3", "charge.dispute.closed", "lost"))));
        assertThat(closed).isInstanceOfSatisfying(GatewayEvent.DisputeClosed.class, d -> assertThat(d.won()).isFalse());
        recorder.record(closed);
        assertThat(book.current().status("inv-1", LocalDate.of(2027, 2, 1))).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(book.current().amountDue("inv-1")).isEqualTo(Money.of("3660.00", "EUR"));
    }

    @Test
    void otherEventsAreIgnored() {
        String body = session("evt_o", "checkout.session.expired", "unpaid");
        assertThat(gateway.parseNotification(signed(body))).isInstanceOf(GatewayEvent.Ignored.class);
    }

    private static Map<String, Object> with(Map<String, Object> base, String eventId, String type, String status) {
        Map<String, Object> m = new java.util.HashMap<>(base);
        m.put("EVENT_ID", eventId);
        m.put("TYPE", type);
        m.put("STATUS", status);
        return m;
    }
}
