package io.github.quote2invoice.testing;

import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.tax.VatRate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Draft invoices, payments and a settable clock for the issuing and store tests (shared through the test-jar). */
public final class IssuingSamples {
    /** Paris: issue dates are French calendar days. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** 20 November 2026, 10:00 UTC. */
    public static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private IssuingSamples() {
    }

    /** A fresh unique id with a readable prefix (tests share one database, so ids never repeat). */
    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /**
     * A draft standard invoice from {@link Samples#seller()} to {@link Samples#buyer()}: 3 days of design at
     * 650.00 (20 %) = 1950.00 net, VAT 390.00, 2340.00 due.
     */
    public static Invoice draft(String id) {
        InvoiceLine line = InvoiceLine.builder("1", "Conception du four à pain").quantity(Quantity.of("3", "DAY"))
                .unitPrice(new BigDecimal("650.00")).vatRate(VatRate.standard("20")).nature(LineNature.SERVICES)
                .netAmount(Money.of("1950.00", "EUR")).build();
        return Invoice.builder().id(id).kind(InvoiceKind.STANDARD).seller(Samples.seller()).buyer(Samples.buyer())
                .currency(Money.currency("EUR")).paymentTerms(Samples.terms()).lines(List.of(line)).build();
    }

    /** A draft credit note correcting {@code corrected} (an issued invoice) for its whole line. */
    public static Invoice creditNote(String id, Invoice corrected) {
        return draft(id).toBuilder().kind(InvoiceKind.CREDIT_NOTE).creditReason(Optional.of("Prestation annulée"))
                .precedingInvoices(List.of(new PrecedingInvoice(corrected.number().orElseThrow(), corrected.issueDate().orElseThrow(),
                        Optional.of(corrected.id()))))
                .build();
    }

    /** A bank transfer received on {@code day}. */
    public static Payment payment(String id, String amount, LocalDate day) {
        return new Payment(id, Money.of(amount, "EUR"), PaymentMethod.BANK_TRANSFER, day, Optional.of("VIR-" + id), Optional.of("Boulangerie Martin"));
    }

    /** A clock that stays where it is set (in Paris) until moved. Thread-safe. */
    public static final class SettableClock extends Clock {
        private volatile Instant now;

        /** @param start the first instant */
        public SettableClock(Instant start) {
            now = start;
        }

        /** Moves the clock. */
        public void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return PARIS;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
