package io.github.quote2invoice.receivable;

import io.github.quote2invoice.invoice.InvoiceStatus;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GatewayEventRecorderTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    private final PaymentBook book = new PaymentBook(PaymentLedger.empty(DraftInvoices.EUR)
            .register(DraftInvoices.frenchB2b().id("inv-1").build().issue("FA-2026-000042", LocalDate.of(2026, 11, 25))));
    private final GatewayEventRecorder recorder = new GatewayEventRecorder(book);

    private static Payment card(String id, String amount) {
        return new Payment(id, Money.of(amount, "EUR"), PaymentMethod.CARD, DAY, Optional.of(id), Optional.empty());
    }

    @Test
    void paymentRefundAndDisputeLifecycle() {
        assertThat(recorder.record(new GatewayEvent.PaymentSucceeded("evt_1", "inv-1", card("pi_1", "3660.00"))))
                .isEqualTo(GatewayEventRecorder.Outcome.RECORDED);
        assertThat(book.current().status("inv-1", DAY)).isEqualTo(InvoiceStatus.PAID);
        assertThat(recorder.record(new GatewayEvent.PaymentSucceeded("evt_1", "inv-1", card("pi_1", "3660.00"))))
                .isEqualTo(GatewayEventRecorder.Outcome.ALREADY_PROCESSED);
        // Dispute opened: the provider withdraws the amount -> chargeback, the invoice is due again.
        recorder.record(new GatewayEvent.PaymentReversed("evt_2",
                new Reversal("dp_1", "pi_1", Money.of("3660.00", "EUR"), Reversal.Kind.CHARGEBACK, DAY)));
        assertThat(book.current().amountDue("inv-1")).isEqualTo(Money.of("3660.00", "EUR"));
        // Dispute won: the funds come back and pay the invoice again.
        recorder.record(new GatewayEvent.DisputeClosed("evt_3", "dp_1", "pi_1", Money.of("3660.00", "EUR"), true, DAY.plusDays(40)));
        assertThat(book.current().status("inv-1", DAY.plusDays(40))).isEqualTo(InvoiceStatus.PAID);
        assertThat(book.current().payment("dp_1:reinstated")).isPresent();
    }

    @Test
    void declinedCardIsAResultAndChangesNothing() {
        PaymentLedger before = book.current();
        assertThat(recorder.record(new GatewayEvent.PaymentFailed("evt_9", Optional.of("inv-1"), "card_declined", "Your card was declined.")))
                .isEqualTo(GatewayEventRecorder.Outcome.DECLINED);
        assertThat(book.current()).isSameAs(before);
    }

    @Test
    void aFailedRecordingLeavesTheEventForTheNextDelivery() {
        assertThatThrownBy(() -> recorder.record(new GatewayEvent.PaymentSucceeded("evt_x", "inv-2", card("pi_2", "1.00"))))
                .isInstanceOf(PaymentLedgerException.class).hasMessageContaining("not in the ledger");
        assertThat(book.current().payments()).isEmpty();
        // The invoice reaches the ledger; the provider delivers the same event again: it is recorded now.
        book.update(l -> l.register(DraftInvoices.frenchB2b().id("inv-2").build().issue("FA-2026-000043", LocalDate.of(2026, 11, 25))));
        assertThat(recorder.record(new GatewayEvent.PaymentSucceeded("evt_x", "inv-2", card("pi_2", "1.00"))))
                .isEqualTo(GatewayEventRecorder.Outcome.RECORDED);
        assertThat(book.current().allocatedTo("inv-2")).isEqualTo(Money.of("1.00", "EUR"));
    }

    // A declined payment or a lost dispute changes nothing, but a second delivery must not be acted on twice.
    @Test
    void aDeclinedPaymentDeliveredTwiceIsProcessedOnce() {
        GatewayEvent failed = new GatewayEvent.PaymentFailed("evt_f", Optional.of("inv-1"), "card_declined", "Your card was declined.");
        assertThat(recorder.record(failed)).isEqualTo(GatewayEventRecorder.Outcome.DECLINED);
        assertThat(recorder.record(failed)).as("the same event id delivered again").isEqualTo(GatewayEventRecorder.Outcome.ALREADY_PROCESSED);
    }

    @Test
    void aLostDisputeDeliveredTwiceIsRecordedOnce() {
        recorder.record(new GatewayEvent.PaymentSucceeded("evt_1", "inv-1", card("pi_1", "100.00")));
        recorder.record(new GatewayEvent.PaymentReversed("evt_2", new Reversal("dp_1", "pi_1", Money.of("100.00", "EUR"), Reversal.Kind.CHARGEBACK, DAY)));
        GatewayEvent lost = new GatewayEvent.DisputeClosed("evt_3", "dp_1", "pi_1", Money.of("100.00", "EUR"), false, DAY.plusDays(40));
        assertThat(recorder.record(lost)).isEqualTo(GatewayEventRecorder.Outcome.RECORDED);
        assertThat(recorder.record(lost)).as("the same event id delivered again").isEqualTo(GatewayEventRecorder.Outcome.ALREADY_PROCESSED);
    }
}
