package io.github.quote2invoice.document;

import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The totals calculator agrees with an oracle that applies DESIGN.md's rules by hand, with plain
 * BigDecimal arithmetic: line net = round(qty x price) - round(gross x discount %), VAT per rate =
 * round(sum of that rate's nets - allowances + charges) x rate; totals equal the sum of their parts.
 */
class TotalsPropertyTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final List<VatRate> RATES = List.of(VatRate.standard("20"), VatRate.standard("10"), VatRate.standard("5.5"),
            VatRate.standard("2.1"), VatRate.reverseCharge());

    private record Line(Quantity quantity, BigDecimal unitPrice, Optional<Discount> discount, VatRate vatRate) implements PricedLine {
    }

    private static Gen<Line> lines() {
        Gen<BigDecimal> qty = integers().between(1, 100_000).zip(integers().between(0, 3), (u, s) -> BigDecimal.valueOf(u, s));
        Gen<BigDecimal> price = integers().between(0, 5_000_000).zip(integers().between(0, 4), (u, s) -> BigDecimal.valueOf(u, s));
        Gen<Optional<Discount>> discount = integers().between(0, 5000).map(p -> p % 3 == 0
                ? Optional.<Discount>of(new Discount.Percentage(BigDecimal.valueOf(p % 10_000 + 1, 2), Optional.empty()))
                : Optional.<Discount>empty());
        return qty.zip(price, discount, integers().between(0, RATES.size() - 1),
                (q, p, d, r) -> new Line(new Quantity(q, UnitOfMeasure.ONE), p, d, RATES.get(r)));
    }

    private static Gen<AllowanceCharge> allowancesCharges() {
        return integers().between(1, 100_000).zip(booleans().all(), integers().between(0, RATES.size() - 1),
                (cents, charge, r) -> new AllowanceCharge(charge ? AllowanceCharge.Kind.CHARGE : AllowanceCharge.Kind.ALLOWANCE,
                        Money.ofMinor(cents, EUR), RATES.get(r), "x", Optional.empty()));
    }

    @Test
    void totalsMatchTheOracleAndTheirParts() {
        qt().withExamples(3_000)
                .forAll(lists().of(lines()).ofSizeBetween(1, 30), lists().of(allowancesCharges()).ofSizeBetween(0, 3))
                .checkAssert((ls, acs) -> {
                    TotalsCalculator calc = TotalsCalculator.standard();
                    List<TaxableAmount> amounts = ls.stream().map(l -> TaxableAmount.of(l.vatRate(), calc.lineAmounts(l, EUR).net())).toList();
                    Totals t = calc.totals(EUR, amounts, acs, Money.zero(EUR));

                    Map<VatRate, BigDecimal> taxable = new LinkedHashMap<>();
                    BigDecimal lineTotal = BigDecimal.ZERO;
                    for (Line l : ls) {
                        BigDecimal gross = l.quantity().value().multiply(l.unitPrice()).setScale(2, RoundingMode.HALF_UP);
                        BigDecimal off = l.discount().map(d -> gross.multiply(((Discount.Percentage) d).percent())
                                .divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP)).orElse(BigDecimal.ZERO);
                        BigDecimal net = gross.subtract(off);
                        lineTotal = lineTotal.add(net);
                        taxable.merge(l.vatRate(), net, BigDecimal::add);
                    }
                    for (AllowanceCharge ac : acs) {
                        BigDecimal signed = ac.kind() == AllowanceCharge.Kind.CHARGE ? ac.amount().amount() : ac.amount().amount().negate();
                        taxable.merge(ac.vatRate(), signed, BigDecimal::add);
                    }
                    BigDecimal vatTotal = BigDecimal.ZERO;
                    BigDecimal taxableTotal = BigDecimal.ZERO;
                    for (Map.Entry<VatRate, BigDecimal> e : taxable.entrySet()) {
                        BigDecimal vat = e.getValue().multiply(e.getKey().percent()).divide(BigDecimal.valueOf(100))
                                .setScale(2, RoundingMode.HALF_UP);
                        VatBreakdown b = t.breakdownOf(e.getKey()).orElseThrow();
                        assertThat(b.taxableAmount().amount()).isEqualByComparingTo(e.getValue());
                        assertThat(b.taxAmount().amount()).isEqualByComparingTo(vat);
                        vatTotal = vatTotal.add(vat);
                        taxableTotal = taxableTotal.add(e.getValue());
                    }
                    assertThat(t.vatBreakdown()).hasSize(taxable.size());
                    assertThat(t.lineTotal().amount()).isEqualByComparingTo(lineTotal);
                    assertThat(t.taxExclusive().amount()).isEqualByComparingTo(taxableTotal);
                    assertThat(t.vatTotal().amount()).isEqualByComparingTo(vatTotal);
                    assertThat(t.taxInclusive().amount()).isEqualByComparingTo(taxableTotal.add(vatTotal));
                });
    }
}
