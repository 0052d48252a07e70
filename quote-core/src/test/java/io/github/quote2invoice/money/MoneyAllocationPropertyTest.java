package io.github.quote2invoice.money;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Money allocation never loses or creates a minor unit, for any amount and any ratios, and matches an
 * independent oracle: exact shares computed with BigDecimal division, rounded towards zero, the
 * leftover units handed out by largest remainder (ties to the earlier part).
 */
class MoneyAllocationPropertyTest {
    private static final List<Currency> CURRENCIES = List.of(Currency.getInstance("EUR"), Currency.getInstance("JPY"),
            Currency.getInstance("KWD"));

    private static Gen<BigDecimal> ratios() {
        return integers().between(0, 1_000_000).zip(integers().between(0, 4), (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
    }

    @Test
    void partsSumToTheWholeAndMatchTheOracle() {
        qt().withExamples(5_000)
                .forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
                        lists().of(ratios()).ofSizeBetween(1, 25),
                        integers().between(0, 2))
                .assuming((minor, rs, c) -> rs.stream().anyMatch(r -> r.signum() > 0))
                .checkAssert((minor, rs, c) -> {
                    Money whole = Money.ofMinor(minor, CURRENCIES.get(c));
                    List<Money> parts = whole.allocate(rs);
                    assertThat(parts).hasSize(rs.size());
                    assertThat(Money.sum(parts, whole.currency())).isEqualTo(whole);
                    assertThat(parts).isEqualTo(oracle(whole, rs));
                    for (int i = 0; i < parts.size(); i++) {
                        assertThat(parts.get(i).signum() * whole.signum()).isGreaterThanOrEqualTo(0);
                        if (rs.get(i).signum() == 0) {
                            assertThat(parts.get(i).isZero()).isTrue();
                        }
                    }
                });
    }

    /**
     * Everyday magnitudes (and the 62-bit edge), where {@code allocate} works in {@code long}s: the same oracle.
     * The test above mostly drives products past 62 bits, i.e. the {@code BigInteger} path.
     */
    @Test
    void everydayAmountsMatchTheOracleToo() {
        qt().withExamples(5_000)
                .forAll(longs().between(-10_000_000L, 10_000_000L).mix(longs().between(1L << 40, 1L << 42), 10),
                        lists().of(integers().between(0, 200_000).map(v -> BigDecimal.valueOf(v, 2))).ofSizeBetween(1, 8),
                        integers().between(0, 2))
                .assuming((minor, rs, c) -> rs.stream().anyMatch(r -> r.signum() > 0))
                .checkAssert((minor, rs, c) -> {
                    Money whole = Money.ofMinor(minor, CURRENCIES.get(c));
                    List<Money> parts = whole.allocate(rs);
                    assertThat(Money.sum(parts, whole.currency())).isEqualTo(whole);
                    assertThat(parts).isEqualTo(oracle(whole, rs));
                });
    }

    @Test
    void equalPartsDifferByAtMostOneMinorUnit() {
        qt().withExamples(3_000)
                .forAll(longs().between(-10_000_000_000L, 10_000_000_000L), integers().between(1, 50))
                .checkAssert((minor, n) -> {
                    List<Money> parts = Money.ofMinor(minor, Currency.getInstance("EUR")).allocate(n);
                    long max = parts.stream().mapToLong(p -> p.minorUnits().longValueExact()).max().orElseThrow();
                    long min = parts.stream().mapToLong(p -> p.minorUnits().longValueExact()).min().orElseThrow();
                    assertThat(max - min).isLessThanOrEqualTo(1);
                    assertThat(parts.stream().mapToLong(p -> p.minorUnits().longValueExact()).sum()).isEqualTo(minor);
                });
    }

    /** Straightforward decimal implementation, written independently of Money.allocate's integer arithmetic. */
    private static List<Money> oracle(Money whole, List<BigDecimal> ratios) {
        BigDecimal total = ratios.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal abs = whole.amount().abs().movePointRight(whole.amount().scale());
        MathContext mc = new MathContext(60);
        List<BigDecimal> floors = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        for (BigDecimal r : ratios) {
            BigDecimal exact = abs.multiply(r).divide(total, mc);
            BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
            floors.add(floor);
            remainders.add(exact.subtract(floor));
        }
        BigDecimal left = abs.subtract(floors.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ratios.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i));
        for (int k = 0; k < left.intValueExact(); k++) {
            int i = order.get(k);
            floors.set(i, floors.get(i).add(BigDecimal.ONE));
        }
        List<Money> out = new ArrayList<>();
        for (BigDecimal f : floors) {
            BigDecimal signed = whole.isNegative() ? f.negate() : f;
            out.add(Money.of(signed.movePointLeft(whole.amount().scale()), whole.currency()));
        }
        return out;
    }
}
