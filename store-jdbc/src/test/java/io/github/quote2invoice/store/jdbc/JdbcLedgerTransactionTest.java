package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.issuing.AuditAction;
import io.github.quote2invoice.issuing.AuditEntry;
import io.github.quote2invoice.issuing.DocumentType;
import io.github.quote2invoice.issuing.spi.IssuingStores;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.receivable.PaymentBook;
import io.github.quote2invoice.receivable.Receivable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

import static io.github.quote2invoice.testing.IssuingSamples.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A ledger update joins the caller's transaction: committed with its audit record, or rolled back with it. */
class JdbcLedgerTransactionTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final Currency EUR = Currency.getInstance("EUR");

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void aLedgerUpdateCommitsAndRollsBackWithItsTransaction(String db) {
        IssuingStores stores = JdbcStores.create(db.equals("postgres") ? TestDatabases.postgres() : TestDatabases.h2(), TestDatabases.CODEC);
        String company = uniqueId("co");
        String name = company + "/EUR";
        PaymentBook book = PaymentBook.open(JdbcStores.ledgerJournal(stores), name, EUR);
        book.update(l -> l.register(new Receivable("inv-1", "FA-1", "SIREN:851234567", "Martin", Money.of("100.00", "EUR"), DAY,
                DAY.plusDays(30), Optional.empty())));
        Payment first = new Payment("pay-1", Money.of("30.00", "EUR"), PaymentMethod.BANK_TRANSFER, DAY, Optional.empty(), Optional.empty());
        Payment second = new Payment("pay-2", Money.of("50.00", "EUR"), PaymentMethod.BANK_TRANSFER, DAY, Optional.empty(), Optional.empty());

        stores.transactions().run(() -> {
            book.update("line-1", l -> l.record(first, "SIREN:851234567").allocateOldestFirst("pay-1"));
            stores.audit().append(new AuditEntry(company, DocumentType.PAYMENT, "pay-1", AuditAction.PAYMENT_RECEIVED, "bank-import",
                    Instant.parse("2026-11-30T09:00:00Z"), "ab".repeat(32), "amount=EUR 30.00"));
        });
        assertThatThrownBy(() -> stores.transactions().run(() -> {
            book.update("line-2", l -> l.record(second, "SIREN:851234567").allocateOldestFirst("pay-2"));
            throw new IllegalStateException("the import failed after recording");
        })).hasMessage("the import failed after recording");

        // the rolled-back payment and its key are not in the database; the book drops them on refresh
        PaymentBook reopened = PaymentBook.open(JdbcStores.ledgerJournal(stores), name, EUR);
        assertThat(reopened.current().payments()).extracting(Payment::id).containsExactly("pay-1");
        assertThat(reopened.keyUsed("line-2")).isFalse();
        assertThat(book.current().payment("pay-2")).as("shown until refreshed").isPresent();
        assertThat(book.refresh()).isEqualTo(reopened.current());
        assertThat(stores.audit().verify(company).intact()).isTrue();
        // the import runs again and is recorded once, after the committed entries
        assertThat(book.update("line-2", l -> l.record(second, "SIREN:851234567").allocateOldestFirst("pay-2"))).isPresent();
        assertThat(PaymentBook.open(JdbcStores.ledgerJournal(stores), name, EUR).current().amountDue("inv-1"))
                .isEqualTo(Money.of("20.00", "EUR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void aBookAheadOfARolledBackTransactionRecoversOnItsNextUpdate(String db) {
        IssuingStores stores = JdbcStores.create(db.equals("postgres") ? TestDatabases.postgres() : TestDatabases.h2(), TestDatabases.CODEC);
        String name = uniqueId("co") + "/EUR";
        PaymentBook book = PaymentBook.open(JdbcStores.ledgerJournal(stores), name, EUR);
        Receivable r = new Receivable("inv-1", "FA-1", "SIREN:851234567", "Martin", Money.of("100.00", "EUR"), DAY, DAY.plusDays(30),
                Optional.empty());
        assertThatThrownBy(() -> stores.transactions().run(() -> {
            book.update(l -> l.register(r));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        // another process registers a different invoice at the position the rolled-back entry had
        Receivable other = new Receivable("inv-2", "FA-2", "SIREN:851234567", "Martin", Money.of("40.00", "EUR"), DAY, DAY.plusDays(30),
                Optional.empty());
        PaymentBook.open(JdbcStores.ledgerJournal(stores), name, EUR).update(l -> l.register(other));
        book.update(l -> l.register(r));
        assertThat(book.current().receivables()).extracting(Receivable::invoiceId).containsExactly("inv-2", "inv-1");
        assertThat(PaymentBook.open(JdbcStores.ledgerJournal(stores), name, EUR).current()).isEqualTo(book.current());
    }
}
