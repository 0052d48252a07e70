package io.github.quote2invoice.receivable;

import io.github.quote2invoice.issuing.memory.InMemoryStores;
import io.github.quote2invoice.issuing.spi.IssuingStores;
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
        journal.append("b", 0, LedgerChain.START, List.of(new LedgerEntry.Registered(INVOICE),
                new LedgerEntry.Allocated("pay-unknown", "inv-1", Money.of("1.00", "EUR"))), Optional.empty());
        assertThatThrownBy(() -> PaymentBook.open(journal, "b", EUR)).isInstanceOf(PaymentLedgerException.class)
                .hasMessageContaining("entries[1]").hasMessageContaining("UNKNOWN_PAYMENT");
        LedgerJournal repeated = new InMemoryLedgerJournal();
        repeated.append("b", 0, LedgerChain.START, List.of(new LedgerEntry.Registered(INVOICE), new LedgerEntry.Registered(INVOICE)), Optional.empty());
        assertThatThrownBy(() -> PaymentBook.open(repeated, "b", EUR)).isInstanceOf(PaymentLedgerException.class)
                .hasMessageContaining("entries[1]").hasMessageContaining("changes nothing");
    }

    @Test
    void aBookInAnotherCurrencyThanItsEntriesIsRefused() {
        LedgerJournal journal = new InMemoryLedgerJournal();
        PaymentBook.open(journal, "b", EUR).update(l -> l.register(INVOICE));
        assertThatThrownBy(() -> PaymentBook.open(journal, "b", Currency.getInstance("USD"))).hasMessageContaining("entries[0]");
    }
    private static final String BUYER = "SIREN:851234567";

    private static Receivable invoice(String id, String amount) {
        return new Receivable(id, "FA-" + id, BUYER, "Martin", Money.of(amount, "EUR"), DAY, DAY.plusDays(30), Optional.empty());
    }

    private static Payment pay(String id, String amount) {
        return new Payment(id, Money.of(amount, "EUR"), PaymentMethod.BANK_TRANSFER, DAY, Optional.empty(), Optional.empty());
    }

    /**
     * A rolled-back update whose last entry equals the one another writer later put at that position
     * (found in review): the book compares chain digests, not last entries, so it drops the whole
     * rolled-back history, and its next update goes on top of the journal's.
     */
    @Test
    void aRolledBackUpdateIsDroppedEvenWhenItsLastEntryIsAnotherWritersToo() {
        IssuingStores stores = InMemoryStores.create();
        LedgerJournal journal = InMemoryStores.ledgerJournal(stores);
        PaymentBook a = PaymentBook.open(journal, "b", EUR);
        a.update(l -> l.register(invoice("inv-1", "100.00")));
        assertThatThrownBy(() -> stores.transactions().run(() -> {
            a.update(l -> l.record(pay("pay-A", "30.00"), BUYER).register(invoice("inv-2", "50.00")));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        PaymentBook.open(journal, "b", EUR).update(l -> l.record(pay("pay-B", "70.00"), BUYER).register(invoice("inv-2", "50.00")));

        assertThat(a.refresh()).isEqualTo(PaymentBook.open(journal, "b", EUR).current());
        assertThatThrownBy(() -> a.update(l -> l.allocateOldestFirst("pay-A"))).hasMessageContaining("UNKNOWN_PAYMENT");
        a.update(l -> l.allocateOldestFirst("pay-B"));
        assertThat(PaymentBook.open(journal, "b", EUR).current().amountDue("inv-1")).isEqualTo(Money.of("30.00", "EUR")); // 100.00 - 70.00
    }

    /**
     * A keyed change that adds nothing on the ledger it was given, while another writer appends just
     * before it writes its key (found in review): the key alone is refused at the old position, and the
     * change runs again on the new ledger.
     */
    @Test
    void aKeyedChangeThatAddedNothingRunsAgainAfterAnotherWriter() {
        InMemoryLedgerJournal real = new InMemoryLedgerJournal();
        PaymentBook.open(real, "b", EUR).update(l -> l.record(pay("pay-1", "50.00"), BUYER)); // credit balance, no invoice yet
        boolean[] raced = {false};
        LedgerJournal racing = new LedgerJournal() {
            @Override
            public List<LedgerEntry> read(String book, int from) {
                return real.read(book, from);
            }

            @Override
            public Optional<String> chainAt(String book, int position) {
                return real.chainAt(book, position);
            }

            @Override
            public Append append(String book, int at, String chainBefore, List<LedgerEntry> entries, Optional<String> key) {
                if (!raced[0]) { // another process registers the buyer's invoice just before this append
                    raced[0] = true;
                    real.append(book, at, chainBefore, List.of(new LedgerEntry.Registered(invoice("inv-1", "50.00"))), Optional.empty());
                }
                return real.append(book, at, chainBefore, entries, key);
            }

            @Override
            public boolean keyUsed(String book, String key) {
                return real.keyUsed(book, key);
            }
        };
        PaymentBook.open(racing, "b", EUR).update("apply-credit:pay-1", l -> l.allocateOldestFirst("pay-1"));

        assertThat(real.keyUsed("b", "apply-credit:pay-1")).isTrue();
        assertThat(PaymentBook.open(real, "b", EUR).current().amountDue("inv-1").isZero()).as("the change ran on the ledger with inv-1").isTrue();
    }
}
