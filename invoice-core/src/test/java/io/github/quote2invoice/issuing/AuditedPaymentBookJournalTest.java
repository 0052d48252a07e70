package io.github.quote2invoice.issuing;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
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
 * An {@link AuditedPaymentBook} promises that a failed update writes nothing, payment and event id
 * included, so that the provider's next delivery records it. That holds only for a book kept on the
 * journal of the same stores, whose writes roll back with theirs (a book of its
 * own, such as {@code new PaymentBook(ledger)}, kept the payment and the event id of a failed
 * update): any other book is refused when the audited book is made.
 */
class AuditedPaymentBookJournalTest {
    private static final Clock CLOCK = Clock.fixed(IssuingSamples.NOW, IssuingSamples.PARIS);

    @Test
    void aBookNotKeptOnTheStoresJournalIsRefused() {
        IssuingStores stores = InMemoryStores.create();
        PaymentBook ownJournal = new PaymentBook(PaymentLedger.empty(Currency.getInstance("EUR")));
        PaymentBook otherStores = PaymentBook.open(InMemoryStores.ledgerJournal(InMemoryStores.create()), "acme/EUR", Currency.getInstance("EUR"));
        for (PaymentBook book : new PaymentBook[] {ownJournal, otherStores}) {
            assertThatThrownBy(() -> new AuditedPaymentBook(stores, book, "acme", "stripe-webhook", CLOCK))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCodes.INCONSISTENT);
                        assertThat(e.path()).isEqualTo("book");
                    });
        }
    }

    @Test
    void onTheStoresJournalAFailedTrailLeavesTheEventForTheNextDelivery() {
        IssuingStores stores = InMemoryStores.create();
        Invoice issued = InvoiceIssuer.builder(stores).clock(CLOCK).company(i -> "acme").build()
                .issue(IssuingSamples.draft("inv-r3"), "claire");
        PaymentBook book = PaymentBook.open(InMemoryStores.ledgerJournal(stores), "acme/EUR", Currency.getInstance("EUR"));
        AuditedPaymentBook audited = new AuditedPaymentBook(stores, book, "acme", "stripe-webhook", CLOCK);
        audited.update(l -> l.register(issued));
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
