package io.github.quote2invoice.receivable;

import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.payment.Reversal;
import io.github.quote2invoice.payment.spi.GatewayEvent;
import io.github.quote2invoice.testing.DraftInvoices;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * review3 (commit 9dbc610): docs/payments.md says "Each event id is processed at most once" and the
 * recorder's Javadoc "each provider event at most once"; the removed ProcessedEventStore form claimed
 * every event id, so a second delivery of any event was ALREADY_PROCESSED. Now only events that change
 * the ledger use their id as a key: a declined payment or a lost dispute delivered again is DECLINED /
 * RECORDED again, so an application reacting to the outcome (mail "your card was declined", count the
 * dispute as closed) does it once per delivery.
 */
class GatewayEventRecorderRedeliveryTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    private final PaymentBook book = new PaymentBook(PaymentLedger.empty(DraftInvoices.EUR)
            .register(DraftInvoices.frenchB2b().id("inv-1").build().issue("FA-2026-000042", LocalDate.of(2026, 11, 25))));
    private final GatewayEventRecorder recorder = new GatewayEventRecorder(book);

    @Test
    void aDeclinedPaymentDeliveredTwiceIsProcessedOnce() {
        GatewayEvent failed = new GatewayEvent.PaymentFailed("evt_f", Optional.of("inv-1"), "card_declined", "Your card was declined.");
        assertThat(recorder.record(failed)).isEqualTo(GatewayEventRecorder.Outcome.DECLINED);
        assertThat(recorder.record(failed)).as("the same event id delivered again").isEqualTo(GatewayEventRecorder.Outcome.ALREADY_PROCESSED);
    }

    @Test
    void aLostDisputeDeliveredTwiceIsRecordedOnce() {
        Payment card = new Payment("pi_1", Money.of("100.00", "EUR"), PaymentMethod.CARD, DAY, Optional.of("pi_1"), Optional.empty());
        recorder.record(new GatewayEvent.PaymentSucceeded("evt_1", "inv-1", card));
        recorder.record(new GatewayEvent.PaymentReversed("evt_2", new Reversal("dp_1", "pi_1", Money.of("100.00", "EUR"), Reversal.Kind.CHARGEBACK, DAY)));
        GatewayEvent lost = new GatewayEvent.DisputeClosed("evt_3", "dp_1", "pi_1", Money.of("100.00", "EUR"), false, DAY.plusDays(40));
        assertThat(recorder.record(lost)).isEqualTo(GatewayEventRecorder.Outcome.RECORDED);
        assertThat(recorder.record(lost)).as("the same event id delivered again").isEqualTo(GatewayEventRecorder.Outcome.ALREADY_PROCESSED);
    }
}
