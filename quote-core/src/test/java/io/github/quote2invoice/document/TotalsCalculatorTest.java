package io.github.quote2invoice.document;

import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.money.RoundingPolicy;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TotalsCalculatorTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final VatRate S20 = VatRate.standard("20");
    private static final VatRate S55 = VatRate.standard("5.5");

    private static Money eur(String s) {
        return Money.of(s, "EUR");
    }

    private record Line(Quantity quantity, BigDecimal unitPrice, Optional<Discount> discount, VatRate vatRate) implements PricedLine {
    }

    @Test
    void linePricing() {
        TotalsCalculator c = TotalsCalculator.standard();
        // 3 x 0.3333 = 0.9999 -> 1.00
        assertThat(c.lineAmounts(new Line(Quantity.units(3), new BigDecimal("0.3333"), Optional.empty(), S20), EUR).net()).isEqualTo(eur("1.00"));
        // 12.75 x 86.1234 = 1098.07335 -> gross 1098.07; 50.00 off -> 1048.07
        LineAmounts a = c.lineAmounts(new Line(Quantity.of("12.75", "MTK"), new BigDecimal("86.1234"),
                Optional.of(Discount.amount(eur("50.00"))), S20), EUR);
        assertThat(a).isEqualTo(new LineAmounts(eur("1098.07"), eur("50.00"), eur("1048.07")));
        // 12450.00 with 5 % off: discount 622.50, net 11827.50
        assertThat(c.lineAmounts(new Line(Quantity.units(1), new BigDecimal("12450"), Optional.of(Discount.percent("5")), S20), EUR).net())
                .isEqualTo(eur("11827.50"));
        assertThatThrownBy(() -> c.lineAmounts(new Line(Quantity.units(1), BigDecimal.ONE, Optional.of(Discount.amount(eur("2"))), S20), EUR))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("exceeds");
    }

    /**
     * BR-CO-17: VAT is rounded once per rate, on the sum. Three lines of 0.05 at 5.5 %: per category
     * 0.15 x 5.5 % = 0.00825 -> 0.01; per line 0.05 x 5.5 % = 0.00275 -> 0.00 each, so 0.00.
     */
    @Test
    void vatPerCategoryByDefaultPerLineOnRequest() {
        List<TaxableAmount> lines = List.of(TaxableAmount.of(S55, eur("0.05")), TaxableAmount.of(S55, eur("0.05")),
                TaxableAmount.of(S55, eur("0.05")));
        assertThat(TotalsCalculator.standard().totals(EUR, lines, List.of(), Money.zero(EUR)).vatTotal()).isEqualTo(eur("0.01"));
        RoundingPolicy perLine = new RoundingPolicy(RoundingMode.HALF_UP, RoundingMode.HALF_UP, RoundingPolicy.VatMode.PER_LINE);
        assertThat(new TotalsCalculator(perLine).totals(EUR, lines, List.of(), Money.zero(EUR)).vatTotal()).isEqualTo(eur("0.00"));
    }

    /**
     * A worked two-rate document: lines 1950.00 (20 %) and 2061.25 (10 %), a 180.00 charge at 20 %,
     * a 100.00 allowance at 10 %, 500.00 prepaid.
     * 20 %: taxable 2130.00, VAT 426.00; 10 %: taxable 1961.25, VAT 196.125 -> 196.13.
     * Excl. VAT 4091.25, VAT 622.13, incl. VAT 4713.38, due 4213.38.
     */
    @Test
    void documentTotals() {
        VatRate s10 = VatRate.standard("10");
        Totals t = TotalsCalculator.standard().totals(EUR,
                List.of(TaxableAmount.of(S20, eur("1950.00")), TaxableAmount.of(s10, eur("2061.25"))),
                List.of(AllowanceCharge.charge(eur("180.00"), S20, "Livraison"), AllowanceCharge.allowance(eur("100.00"), s10, "Remise")),
                eur("500.00"));
        assertThat(t.lineTotal()).isEqualTo(eur("4011.25"));
        assertThat(t.chargeTotal()).isEqualTo(eur("180.00"));
        assertThat(t.allowanceTotal()).isEqualTo(eur("100.00"));
        assertThat(t.taxExclusive()).isEqualTo(eur("4091.25"));
        assertThat(t.vatBreakdown()).containsExactly(new VatBreakdown(S20, eur("2130.00"), eur("426.00")),
                new VatBreakdown(s10, eur("1961.25"), eur("196.13")));
        assertThat(t.vatTotal()).isEqualTo(eur("622.13"));
        assertThat(t.taxInclusive()).isEqualTo(eur("4713.38"));
        assertThat(t.amountDue()).isEqualTo(eur("4213.38"));
    }

    /**
     * A deducted deposit keeps the VAT it was invoiced with. Quote: 1000.01 at 20 %, VAT 200.002 -> 200.00.
     * Deposit: 333.33, VAT 66.666 -> 66.67. Recomputing the final on 666.68 would give 133.336 -> 133.34,
     * and 66.67 + 133.34 = 200.01, one cent more than the quote. With the deposit's VAT settled as is,
     * the final's VAT is round(1000.01 x 20 %) - 66.67 = 133.33, and 66.67 + 133.33 = 200.00.
     */
    @Test
    void settledVatIsCountedAsIs() {
        Totals t = TotalsCalculator.standard().totals(EUR,
                List.of(TaxableAmount.of(S20, eur("1000.01")), new TaxableAmount(S20, eur("-333.33"), Optional.of(eur("-66.67")))),
                List.of(), Money.zero(EUR));
        assertThat(t.vatBreakdown()).containsExactly(new VatBreakdown(S20, eur("666.68"), eur("133.33")));
    }

    @Test
    void totalsRefuseIncoherentFigures() {
        assertThatThrownBy(() -> new Totals(eur("10"), eur("0"), eur("0"), eur("10"), eur("2"), eur("12"), eur("0"), eur("11"), List.of(
                new VatBreakdown(S20, eur("10"), eur("2"))))).isInstanceOf(InvalidValueException.class).hasMessageContaining("BR-CO-16");
        assertThatThrownBy(() -> TotalsCalculator.standard().totals(EUR, List.of(TaxableAmount.of(S20, Money.of("1", "USD"))), List.of(),
                Money.zero(EUR))).isInstanceOf(io.github.quote2invoice.error.CurrencyMismatchException.class);
    }
}
