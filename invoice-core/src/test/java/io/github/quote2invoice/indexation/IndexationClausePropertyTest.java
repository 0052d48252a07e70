package io.github.quote2invoice.indexation;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * Properties of the revision formula, over thousands of generated clauses and index values, against an
 * independent oracle: C = a + b x I / I0 as an exact fraction of integers, rounded by integer division
 * with the rounding mode applied by hand, then neutralisation, floor and cap as the clause states them.
 * QuickTheories prints the seed of a failing case.
 */
class IndexationClausePropertyTest {
    static final List<RoundingMode> MODES = List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN,
            RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR);
    static final YearMonth BASE = YearMonth.of(2023, 1);

    /**
     * A clause as plain integers: a = fixedPerMille / 1000; coefficient to {@code cScale} decimals with
     * mode {@code cMode}; floor = floorHundredths / 100 (50..100, or none when negative); cap =
     * capHundredths / 100 (100..200, or none); neutralisation = neutralPerMille / 1000 (1..100, or none).
     */
    record Spec(int fixedPerMille, int cScale, int cMode, int floorHundredths, int capHundredths, int neutralPerMille,
                int priceScale, int priceMode) {
        BigDecimal a() {
            return BigDecimal.valueOf(fixedPerMille, 3);
        }

        BigDecimal b() {
            return BigDecimal.valueOf(1000 - fixedPerMille, 3);
        }

        IndexationClause clause() {
            IndexationClause.Builder b = IndexationClause.builder("BT01", BASE).parts(a(), b())
                    .revisionMonth(RevisionMonthRule.monthsBefore(0))
                    .coefficientRounding(cScale, MODES.get(cMode)).priceRounding(priceScale, MODES.get(priceMode));
            if (floorHundredths >= 0) {
                b.floor(BigDecimal.valueOf(floorHundredths, 2));
            }
            if (capHundredths >= 0) {
                b.cap(BigDecimal.valueOf(capHundredths, 2));
            }
            if (neutralPerMille >= 0) {
                b.neutralisation(BigDecimal.valueOf(neutralPerMille, 3));
            }
            return b.build();
        }

        /** The oracle's coefficient for I0 = u0 / 10 and I = u / 10. */
        BigDecimal coefficient(int u0, int u) {
            // a + b I / I0 = (fixed u0 + (1000 - fixed) u) / (1000 u0), exactly
            BigInteger num = BigInteger.valueOf((long) fixedPerMille * u0 + (long) (1000 - fixedPerMille) * u);
            BigInteger den = BigInteger.valueOf(1000L * u0);
            BigDecimal c = roundFraction(num, den, cScale, MODES.get(cMode));
            if (neutralPerMille >= 0 && c.subtract(BigDecimal.ONE).abs().compareTo(BigDecimal.valueOf(neutralPerMille, 3)) < 0) {
                c = BigDecimal.ONE;
            }
            if (floorHundredths >= 0) {
                c = c.max(BigDecimal.valueOf(floorHundredths, 2));
            }
            if (capHundredths >= 0) {
                c = c.min(BigDecimal.valueOf(capHundredths, 2));
            }
            return c;
        }

        BigDecimal price(BigDecimal p0, BigDecimal c) {
            return p0.multiply(c).setScale(priceScale, MODES.get(priceMode));
        }
    }

    /** num / den (both positive) to {@code scale} decimals: integer quotient and remainder, the mode applied by hand. */
    static BigDecimal roundFraction(BigInteger num, BigInteger den, int scale, RoundingMode mode) {
        BigInteger[] qr = num.multiply(BigInteger.TEN.pow(scale)).divideAndRemainder(den);
        BigInteger q = qr[0];
        int half = qr[1].shiftLeft(1).compareTo(den); // sign of (remainder - den / 2)
        boolean exact = qr[1].signum() == 0;
        boolean up = switch (mode) {
            case UP, CEILING -> !exact;
            case DOWN, FLOOR -> false;
            case HALF_UP -> half >= 0;
            case HALF_DOWN -> half > 0;
            case HALF_EVEN -> half > 0 || (half == 0 && q.testBit(0));
            default -> throw new IllegalArgumentException(mode.toString());
        };
        return new BigDecimal(up ? q.add(BigInteger.ONE) : q, scale);
    }

    /** Clauses; the tests draw I from 20 % to 300 % of I0 (a coefficient rounding to zero is refused, see IndexationClauseTest). */
    static Gen<Spec> specs() {
        Gen<int[]> coef = integers().between(0, 600).zip(integers().between(2, 6), integers().between(0, MODES.size() - 1),
                (a, s, m) -> new int[] {a, s, m});
        Gen<int[]> bounds = integers().between(-60, 100).zip(integers().between(-100, 200), integers().between(-100, 100),
                (f, c, n) -> new int[] {f < 50 ? -1 : f, c < 100 ? -1 : c, n < 1 ? -1 : n});
        Gen<int[]> price = integers().between(0, 4).zip(integers().between(0, MODES.size() - 1), (s, m) -> new int[] {s, m});
        return coef.zip(bounds, price, (c, b, p) -> new Spec(c[0], c[1], c[2], b[0], b[1], b[2], p[0], p[1]));
    }

    /** P0 in minor units of the price scale: up to 100 000 with the clause's price decimals. */
    static Gen<Long> unscaledPrices() {
        return integers().between(0, 10_000_000).map(Integer::longValue);
    }

    @Test
    void coefficientAndPriceMatchTheOracle() {
        qt().withExamples(5_000)
                .forAll(specs(), integers().between(500, 9_999), integers().between(20, 300), unscaledPrices())
                .checkAssert((spec, u0, pct, p) -> {
                    int u = Math.max(1, u0 * pct / 100);
                    IndexationClause clause = spec.clause();
                    BigDecimal i0 = BigDecimal.valueOf(u0, 1);
                    BigDecimal i = BigDecimal.valueOf(u, 1);
                    BigDecimal expected = spec.coefficient(u0, u);
                    BigDecimal c = clause.coefficient(i0, i);
                    assertThat(c).isEqualByComparingTo(expected);
                    BigDecimal p0 = BigDecimal.valueOf(p, spec.priceScale());
                    assertThat(clause.price(p0, c)).isEqualByComparingTo(spec.price(p0, expected));
                });
    }

    @Test
    void indexEqualToBaseLeavesPricesUnchanged() {
        qt().withExamples(3_000)
                .forAll(specs(), integers().between(500, 9_999), unscaledPrices())
                .assuming((spec, u0, p) -> spec.floorHundredths() <= 100)
                .checkAssert((spec, u0, p) -> {
                    BigDecimal p0 = BigDecimal.valueOf(p, spec.priceScale());
                    IndexValue base = new IndexValue("BT01", BASE, BigDecimal.valueOf(u0, 1), false);
                    LocalDate date = LocalDate.of(2026, 3, 10);
                    IndexValue same = new IndexValue("BT01", YearMonth.from(date), BigDecimal.valueOf(u0, 1), false);
                    RevisedPrice r = spec.clause().revise(p0, date, InMemoryIndexSource.of(base, same));
                    assertThat(r.unitPrice()).isEqualByComparingTo(p0);
                    assertThat(r.detail().coefficient()).isEqualByComparingTo(BigDecimal.ONE);
                });
    }

    @Test
    void revisedPriceIsMonotonicInTheIndex() {
        qt().withExamples(5_000)
                .forAll(specs(), integers().between(500, 9_999), integers().between(20, 300), integers().between(20, 300))
                .checkAssert((spec, u0, pct1, pct2) -> {
                    int u1 = Math.max(1, u0 * Math.min(pct1, pct2) / 100);
                    int u2 = Math.max(1, u0 * Math.max(pct1, pct2) / 100);
                    IndexationClause clause = spec.clause();
                    BigDecimal i0 = BigDecimal.valueOf(u0, 1);
                    BigDecimal c1 = clause.coefficient(i0, BigDecimal.valueOf(u1, 1));
                    BigDecimal c2 = clause.coefficient(i0, BigDecimal.valueOf(u2, 1));
                    assertThat(c1).isLessThanOrEqualTo(c2);
                    BigDecimal p0 = new BigDecimal("1234.5678").setScale(spec.priceScale(), RoundingMode.DOWN);
                    assertThat(clause.price(p0, c1)).isLessThanOrEqualTo(clause.price(p0, c2));
                });
    }

    @Test
    void floorAndCapAreRespected() {
        qt().withExamples(3_000)
                .forAll(specs(), integers().between(500, 9_999), integers().between(20, 300))
                .checkAssert((spec, u0, pct) -> {
                    BigDecimal c = spec.clause().coefficient(BigDecimal.valueOf(u0, 1), BigDecimal.valueOf(Math.max(1, u0 * pct / 100), 1));
                    Optional.of(spec.floorHundredths()).filter(f -> f >= 0)
                            .ifPresent(f -> assertThat(c).isGreaterThanOrEqualTo(BigDecimal.valueOf(f, 2)));
                    Optional.of(spec.capHundredths()).filter(x -> x >= 0)
                            .ifPresent(x -> assertThat(c).isLessThanOrEqualTo(BigDecimal.valueOf(x, 2)));
                });
    }
}
