package io.github.quote2invoice.check.internal;

import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.tax.VatRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The sorted "median of the others" of {@link UnusualAmountCheck} equals the oracle: for each line,
 * collect the other lines of its unit, sort them, take the middle (mean of the two middles, 5 decimals,
 * half up, for an even count).
 */
class PriceOutlierMedianPropertyTest {
    private static final String[] UNITS = {"C62", "HUR", "DAY"};

    @Test
    void mediansMatchTheNaiveComputation() {
        // each generated int: unit in the low 2 bits (0..2), price in cents above them (few distinct values, many ties)
        qt().withExamples(3_000).forAll(lists().of(integers().between(0, 4_000)).ofSizeBetween(1, 25)).checkAssert(codes -> {
            List<InvoiceLine> lines = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                int code = codes.get(i);
                BigDecimal price = BigDecimal.valueOf(code / 4 % 50 * 37L, 2);
                lines.add(InvoiceLine.builder(String.valueOf(i + 1), "l").quantity(Quantity.of("1", UNITS[code % 3])).unitPrice(price)
                        .vatRate(VatRate.standard("20")).netAmount(Money.of(price, Money.currency("EUR"))).build());
            }
            BigDecimal[] medians = UnusualAmountCheck.mediansOfOthers(lines);
            for (int i = 0; i < lines.size(); i++) {
                BigDecimal expected = oracle(lines, i);
                if (expected == null) {
                    assertThat(medians[i]).as("line %d", i).isNull();
                } else {
                    assertThat(medians[i]).as("line %d", i).isEqualByComparingTo(expected);
                }
            }
        });
    }

    private static BigDecimal oracle(List<InvoiceLine> lines, int i) {
        List<BigDecimal> others = new ArrayList<>();
        for (int j = 0; j < lines.size(); j++) {
            if (j != i && lines.get(j).quantity().unit().equals(lines.get(i).quantity().unit())) {
                others.add(lines.get(j).unitPrice());
            }
        }
        if (others.size() < 2) {
            return null;
        }
        others.sort(null);
        int n = others.size();
        return n % 2 == 1 ? others.get(n / 2) : others.get(n / 2 - 1).add(others.get(n / 2)).divide(BigDecimal.valueOf(2), 5, RoundingMode.HALF_UP);
    }
}
