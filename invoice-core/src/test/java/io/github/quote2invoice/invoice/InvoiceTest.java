package io.github.quote2invoice.invoice;

import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;
import io.github.quote2invoice.testing.Samples;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceTest {
    private static final VatRate S20 = VatRate.standard("20");
    private static final PrecedingInvoice DEPOSIT = new PrecedingInvoice("FA-2026-000012", LocalDate.of(2026, 11, 10), Optional.empty());

    private static Money eur(String s) {
        return Money.of(s, "EUR");
    }

    private static InvoiceLine line(String id, String price) {
        return InvoiceLine.builder(id, "Prestation " + id).quantity(Quantity.units(1)).unitPrice(new BigDecimal(price)).vatRate(S20)
                .nature(LineNature.SERVICES).netAmount(eur(price)).build();
    }

    private static Invoice.Builder draft() {
        return Invoice.builder().id("inv-1").kind(InvoiceKind.FINAL).seller(Samples.seller()).buyer(Samples.buyer())
                .currency(Currency.getInstance("EUR")).paymentTerms(Samples.terms()).lines(List.of(line("1", "1000.01")));
    }

    /**
     * Quote 1000.01 at 20 % (VAT 200.00); deposit 333.33 + VAT 66.67 = 400.00.
     * Deduction lines: final taxable 666.68, VAT 200.00 - 66.67 = 133.33, total 800.01, due 800.01.
     * Prepaid: final taxable 1000.01, VAT 200.00, total 1200.01, prepaid 400.00, due 800.01.
     */
    @Test
    void bothSettlementStylesGiveTheSameAmountDue() {
        DepositDeduction d = new DepositDeduction(DEPOSIT, List.of(new VatBreakdown(S20, eur("333.33"), eur("66.67"))));
        Invoice deduction = draft().deductions(List.of(d)).precedingInvoices(List.of(DEPOSIT)).build();
        assertThat(deduction.totals().vatBreakdown()).containsExactly(new VatBreakdown(S20, eur("666.68"), eur("133.33")));
        assertThat(deduction.totals().amountDue()).isEqualTo(eur("800.01"));
        Invoice prepaid = draft().deductions(List.of(d)).precedingInvoices(List.of(DEPOSIT)).settlement(SettlementStyle.PREPAID_AMOUNT).build();
        assertThat(prepaid.totals().vatTotal()).isEqualTo(eur("200.00"));
        assertThat(prepaid.totals().prepaid()).isEqualTo(eur("400.00"));
        assertThat(prepaid.totals().amountDue()).isEqualTo(eur("800.01"));
        assertThat(prepaid.computeTotals()).isEqualTo(prepaid.totals());
    }

    @Test
    void issuingNumbersDatesAndFreezes() {
        Invoice draft = draft().build();
        assertThat(draft.isDraft()).isTrue();
        Invoice issued = draft.issue("FA-2026-000013", LocalDate.of(2026, 11, 30));
        assertThat(issued.number()).contains("FA-2026-000013");
        assertThat(issued.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(issued.dueDate()).contains(LocalDate.of(2026, 12, 30));
        assertThat(issued.totals()).isEqualTo(draft.totals());
        assertThatThrownBy(() -> issued.issue("FA-2026-000014", LocalDate.of(2026, 11, 30))).isInstanceOf(InvoiceStateException.class);
        assertThat(issued.withPaymentStatus(InvoiceStatus.PAID).status()).isEqualTo(InvoiceStatus.PAID);
        assertThatThrownBy(() -> draft.withPaymentStatus(InvoiceStatus.PAID)).isInstanceOf(InvoiceStateException.class);
    }

    @Test
    void consistencyIsChecked() {
        assertThatThrownBy(() -> draft().number("FA-1").build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("number"));
        assertThatThrownBy(() -> draft().kind(InvoiceKind.CREDIT_NOTE).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("precedingInvoices"));
        DepositDeduction d = new DepositDeduction(DEPOSIT, List.of(new VatBreakdown(S20, eur("1"), eur("0.20"))));
        assertThatThrownBy(() -> draft().deductions(List.of(d)).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(ErrorCodes.INCONSISTENT));
        assertThatThrownBy(() -> draft().lines(List.of(line("1", "1"), line("1", "2"))).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("lines[1].id"));
        assertThat(InvoiceKind.DEPOSIT_CREDIT_NOTE.typeCode()).isEqualTo("503");
    }
}
