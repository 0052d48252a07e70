package io.github.quote2invoice.issuing;

import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.issuing.memory.InMemoryStores;
import io.github.quote2invoice.issuing.spi.IssuingStores;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.payment.spi.GatewayEvent;
import io.github.quote2invoice.receivable.GatewayEventRecorder;
import io.github.quote2invoice.receivable.PaymentBook;
import io.github.quote2invoice.receivable.PaymentLedger;
import io.github.quote2invoice.testing.IssuingSamples;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * review3 (commit 9dbc610): with the ProcessedEventStore form gone, docs/payments.md and the
 * GatewayEventRecorder Javadoc promise, for a PaymentBook or an AuditedPaymentBook alike, that "an
 * update that fails writes nothing, id included: the provider's next delivery records the event".
 * AuditedPaymentBook accepts any PaymentBook; one not opened on its stores' journal (the public
 * {@code new PaymentBook(ledger)}, or a JDBC journal of another DataSource) keeps the payment and the
 * event id when the trail fails and rolls back: the event is then lost (next delivery:
 * ALREADY_PROCESSED) and the payment has no stored document, audit record nor outbox event.
 */
class AuditedPaymentBookOwnJournalReviewTest {
    @Test
    void aFailedTrailLeavesTheEventForTheNextDeliveryWhateverBookIsGiven() {
        IssuingStores stores = InMemoryStores.create();
        Invoice issued = InvoiceIssuer.builder(stores).clock(Clock.fixed(IssuingSamples.NOW, IssuingSamples.PARIS)).company(i -> "acme").build()
                .issue(IssuingSamples.draft("inv-r3"), "claire");
        PaymentBook book = new PaymentBook(PaymentLedger.empty(Currency.getInstance("EUR")).register(issued));
        AuditedPaymentBook audited = new AuditedPaymentBook(stores, book, "acme", "stripe-webhook", Clock.fixed(IssuingSamples.NOW, IssuingSamples.PARIS));
        GatewayEventRecorder recorder = new GatewayEventRecorder(audited);
        // a different payment is already stored under the id the provider reuses: storing the trail fails
        stores.transactions().run(() -> stores.documents().savePayment("acme", card("pi_dup", "1.00")));
        GatewayEvent.PaymentSucceeded paid = new GatewayEvent.PaymentSucceeded("evt_r3", issued.id(), card("pi_dup", "2340.00"));
        assertThatThrownBy(() -> recorder.record(paid)).isInstanceOf(DocumentConflictException.class);

        assertThat(book.refresh().payments()).as("the ledger after a failed update").isEmpty();
        assertThat(book.keyUsed("gateway-event:evt_r3")).as("the event id after a failed update").isFalse();
    }

    private static Payment card(String id, String amount) {
        return new Payment(id, Money.of(amount, "EUR"), PaymentMethod.CARD, LocalDate.of(2026, 11, 21), Optional.of(id), Optional.empty());
    }
}
