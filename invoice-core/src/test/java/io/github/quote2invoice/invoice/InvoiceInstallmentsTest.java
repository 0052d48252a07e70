package io.github.quote2invoice.invoice;

import io.github.quote2invoice.document.Installment;
import io.github.quote2invoice.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.github.quote2invoice.testing.DraftInvoices.frenchB2b;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Invoice#installments()}: frenchB2b() is 1,950.00 + 1,200.00 net, VAT 390.00 + 120.00, so
 * 3,660.00 due. A schedule of 1,830.00 + 1,830.00 is how this invoice is paid; one that does not add up
 * to it (the quote's schedule carried to a deposit invoice) is not.
 */
class InvoiceInstallmentsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private static Invoice withSchedule(String... amounts) {
        Invoice inv = frenchB2b().build();
        List<Installment> schedule = java.util.Arrays.stream(amounts)
                .map(a -> new Installment(DAY, Money.of(a, "EUR"), Optional.empty())).toList();
        return inv.toBuilder().paymentTerms(inv.paymentTerms().withSchedule(schedule)).build();
    }

    @Test
    void aScheduleThatAddsUpToTheAmountDueIsTheInvoicesInstalments() {
        Invoice inv = withSchedule("1830.00", "1830.00");
        assertThat(inv.totals().amountDue()).isEqualTo(Money.of("3660.00", "EUR"));
        assertThat(inv.installments()).hasSize(2);
    }

    /** BT-9 of an invoice paid in instalments is the first instalment's date, as the PDF's schedule shows. */
    @Test
    void issuingDatesItDueOnTheFirstInstalment() {
        Invoice inv = withSchedule("1830.00", "1830.00");
        Invoice early = inv.toBuilder().paymentTerms(inv.paymentTerms().withSchedule(List.of(
                new Installment(DAY.plusDays(10), Money.of("1830.00", "EUR"), Optional.empty()),
                new Installment(DAY.plusDays(40), Money.of("1830.00", "EUR"), Optional.empty())))).build();
        assertThat(early.issue("FA-1", DAY).dueDate()).contains(DAY.plusDays(10));
        // without a schedule: the terms' rule (Samples.terms(): 30 days)
        assertThat(frenchB2b().build().issue("FA-2", DAY).dueDate()).contains(DAY.plusDays(30));
    }

    @Test
    void aScheduleOfAnotherAmountIsNot() {
        assertThat(withSchedule("1000.00", "2660.01").installments()).isEmpty();
        assertThat(frenchB2b().build().installments()).isEmpty();
    }
}
