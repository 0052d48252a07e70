package io.github.quote2invoice.receivable;

import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.receivable.spi.InMemoryLedgerJournal;
import io.github.quote2invoice.receivable.spi.LedgerJournal;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentBookTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final Receivable INVOICE = new Receivable("inv-1", "FA-1", "SIREN:851234567", "Martin", Money.of("100.00", "EUR"), DAY,
            DAY.plusDays(30), Optional.empty());
    private static final Payment PAYMENT = new Payment("pay-1", Money.of("40.00", "EUR"), PaymentMethod.BANK_TRANSFER, DAY, Optional.empty(),
            Optional.empty());

    @Test
    void keysApplyAChangeOnceInMemoryAndInAJournal() {
        for (PaymentBook book : List.of(new PaymentBook(PaymentLedger.empty(EUR)), PaymentBook.open(new InMemoryLedgerJournal(), "b", EUR))) {
            book.update(l -> l.register(INVOICE));
            assertThat(book.update("evt_1", l -> l.record(PAYMENT, "SIREN:851234567").allocateOldestFirst("pay-1"))).isPresent();
            assertThat(book.update("evt_1", l -> l.record(PAYMENT, "SIREN:851234567"))).isEmpty();
            assertThat(book.keyUsed("evt_1")).isTrue();
            // a change that adds nothing still uses its key
            assertThat(book.update("evt_2", l -> l.record(PAYMENT, "SIREN:851234567"))).isPresent();
            assertThat(book.keyUsed("evt_2")).isTrue();
            assertThat(book.current().amountDue("inv-1")).isEqualTo(Money.of("60.00", "EUR"));
        }
    }

    @Test
    void aFailedOrForeignChangeWritesNothing() {
        LedgerJournal journal = new InMemoryLedgerJournal();
        PaymentBook book = PaymentBook.open(journal, "b", EUR);
        book.update(l -> l.register(INVOICE));
        assertThatThrownBy(() -> book.update("evt_x", l -> l.record(PAYMENT, "SIREN:851234567").allocate("pay-1", "inv-1",
                Money.of("41.00", "EUR")))).isInstanceOf(PaymentLedgerException.class).hasMessageContaining("ALLOCATION_EXCEEDS_PAYMENT");
        assertThatThrownBy(() -> book.update(l -> PaymentLedger.empty(EUR).register(INVOICE)))
                .isInstanceOf(io.github.quote2invoice.error.InvalidValueException.class).hasMessageContaining("not derived");
        assertThat(journal.read("b", 0)).hasSize(1);
        assertThat(book.keyUsed("evt_x")).isFalse();
        assertThat(book.current().entryCount()).isEqualTo(1);
    }

    @Test
    void aJournalEntryTheRulesRefuseNamesItsPosition() {
        LedgerJournal journal = new InMemoryLedgerJournal();
        journal.append("b", 0, List.of(new LedgerEntry.Registered(INVOICE),
                new LedgerEntry.Allocated("pay-unknown", "inv-1", Money.of("1.00", "EUR"))), Optional.empty());
        assertThatThrownBy(() -> PaymentBook.open(journal, "b", EUR)).isInstanceOf(PaymentLedgerException.class)
                .hasMessageContaining("entries[1]").hasMessageContaining("UNKNOWN_PAYMENT");
        LedgerJournal repeated = new InMemoryLedgerJournal();
        repeated.append("b", 0, List.of(new LedgerEntry.Registered(INVOICE), new LedgerEntry.Registered(INVOICE)), Optional.empty());
        assertThatThrownBy(() -> PaymentBook.open(repeated, "b", EUR)).isInstanceOf(PaymentLedgerException.class)
                .hasMessageContaining("entries[1]").hasMessageContaining("changes nothing");
    }

    @Test
    void aBookInAnotherCurrencyThanItsEntriesIsRefused() {
        LedgerJournal journal = new InMemoryLedgerJournal();
        PaymentBook.open(journal, "b", EUR).update(l -> l.register(INVOICE));
        assertThatThrownBy(() -> PaymentBook.open(journal, "b", Currency.getInstance("USD"))).hasMessageContaining("entries[0]");
    }
}
