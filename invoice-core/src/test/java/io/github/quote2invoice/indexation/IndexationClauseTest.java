package io.github.quote2invoice.indexation;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Worked examples on published BT01 values (base 2010; see src/test/resources/indexation/SOURCES.md):
 * I0 = January 2023 = 128.4, I = August 2024 = 131.7, a = 0.15, b = 0.85.
 * By hand: C = (0.15 x 128.4 + 0.85 x 131.7) / 128.4 = (19.26 + 111.945) / 128.4 = 131.205 / 128.4
 * = 1.02184579... -> 1.0218 (4 decimals, HALF_UP); P = 650.00 x 1.0218 = 664.17.
 */
class IndexationClauseTest {
    private static final YearMonth BASE = YearMonth.of(2023, 1);
    private static final LocalDate INVOICED = LocalDate.of(2024, 11, 15);

    static IndexSource bt01() {
        try (InputStream in = IndexationClauseTest.class.getResourceAsStream("/indexation/insee-bt01-sample.csv")) {
            return CsvIndexSource.read("BT01", in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static IndexationClause.Builder clause() {
        return IndexationClause.builder("BT01", BASE).parts("0.15", "0.85").revisionMonth(RevisionMonthRule.monthsBefore(3));
    }

    @Test
    void revisesWithPublishedValues() {
        RevisedPrice p = clause().build().revise(new BigDecimal("650.00"), INVOICED, bt01());
        assertThat(p.unitPrice()).isEqualByComparingTo("664.17");
        assertThat(p.detail().coefficient()).isEqualByComparingTo("1.0218");
        assertThat(p.detail().baseValue()).isEqualByComparingTo("128.4");
        assertThat(p.detail().revisionMonth()).isEqualTo(YearMonth.of(2024, 8));
        assertThat(p.detail().revisionValue()).isEqualByComparingTo("131.7");
        assertThat(p.detail().provisional()).isFalse();
        assertThat(p.detail().originalUnitPrice()).isEqualByComparingTo("650.00");
    }

    @Test
    void latestAvailableFallsBackToThePublishedMonth() {
        // November 2024 invoice, rule M-1 with 3 months of look-back: October and September 2024 are not
        // in the sample, August 2024 (131.7) is.
        RevisedPrice p = clause().revisionMonth(RevisionMonthRule.latestAvailable(1, 3)).build()
                .revise(new BigDecimal("650.00"), INVOICED, bt01());
        assertThat(p.detail().revisionMonth()).isEqualTo(YearMonth.of(2024, 8));
        assertThatThrownBy(() -> clause().revisionMonth(RevisionMonthRule.latestAvailable(1, 1)).build()
                .revise(new BigDecimal("650.00"), INVOICED, bt01()))
                .isInstanceOfSatisfying(IndexationException.class, e -> {
                    assertThat(e.code()).isEqualTo(IndexationException.INDEX_VALUE_MISSING);
                    assertThat(e.path()).isEqualTo("indexation.revisionValue");
                });
    }

    @Test
    void contractBaseValueIsUsedAsIs() {
        // I0 stated by the contract as 130.0: C = (19.5 + 111.945) / 130 = 1.01111... -> 1.0111; 650 x 1.0111 = 657.215 -> 657.22
        RevisedPrice p = clause().baseValue(new BigDecimal("130.0")).build().revise(new BigDecimal("650.00"), INVOICED, bt01());
        assertThat(p.detail().coefficient()).isEqualByComparingTo("1.0111");
        assertThat(p.unitPrice()).isEqualByComparingTo("657.22");
    }

    @Test
    void neutralisationFloorAndCap() {
        // |1.0218 - 1| = 0.0218 < 0.03: no revision
        assertThat(clause().neutralisation(new BigDecimal("0.03")).build().revise(new BigDecimal("650.00"), INVOICED, bt01()).unitPrice())
                .isEqualByComparingTo("650.00");
        // 0.0218 >= 0.02: revised
        assertThat(clause().neutralisation(new BigDecimal("0.02")).build().revise(new BigDecimal("650.00"), INVOICED, bt01()).unitPrice())
                .isEqualByComparingTo("664.17");
        // cap 1.01: 650 x 1.01 = 656.50
        RevisedPrice capped = clause().cap(new BigDecimal("1.01")).build().revise(new BigDecimal("650.00"), INVOICED, bt01());
        assertThat(capped.unitPrice()).isEqualByComparingTo("656.50");
        assertThat(capped.detail().coefficient()).isEqualByComparingTo("1.01");
        // 2020-01 (111.8) against base 2023-01 (128.4): C = (19.26 + 95.03) / 128.4 = 0.89010... -> floor 0.95
        IndexationClause floored = clause().floor(new BigDecimal("0.95")).build();
        assertThat(floored.revise(new BigDecimal("100.00"), LocalDate.of(2020, 4, 1), bt01()).unitPrice()).isEqualByComparingTo("95.00");
    }

    @Test
    void coefficientRoundingIsConfigurable() {
        // 1.02184579... to 3 decimals rounded up ("arrondi au millième supérieur"): 1.022
        IndexationClause c = clause().coefficientRounding(3, RoundingMode.UP).priceRounding(4, RoundingMode.HALF_UP).build();
        RevisedPrice p = c.revise(new BigDecimal("12.3456"), INVOICED, bt01());
        assertThat(p.detail().coefficient()).isEqualByComparingTo("1.022");
        // 12.3456 x 1.022 = 12.6172032 -> 12.6172
        assertThat(p.unitPrice()).isEqualByComparingTo("12.6172");
    }

    @Test
    void validatesTheClause() {
        assertThatThrownBy(() -> IndexationClause.builder("BT01", BASE).parts("0.15", "0.80").revisionMonth(RevisionMonthRule.monthsBefore(0))
                .build()).isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCodes.INCONSISTENT);
                    assertThat(e.path()).isEqualTo("variablePart");
                });
        assertThatThrownBy(() -> clause().floor(new BigDecimal("1.1")).cap(new BigDecimal("1.05")).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("cap"));
        assertThatThrownBy(() -> clause().neutralisation(BigDecimal.ONE).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("neutralisation"));
        assertThatThrownBy(() -> IndexationClause.builder("BT01", BASE).parts("0.15", "0.85").build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("revisionMonth"));
        assertThatThrownBy(() -> clause().build().revise(new BigDecimal("1.23456"), INVOICED, bt01()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(ErrorCodes.TOO_MANY_DECIMALS));
    }

    @Test
    void coefficientRoundingToZeroIsRefused() {
        // a = 0, I/I0 = 0.1 / 100 = 0.001 -> 0.00 at 2 decimals: no price may be multiplied by zero
        IndexationClause c = IndexationClause.builder("BT01", BASE).parts("0", "1").revisionMonth(RevisionMonthRule.monthsBefore(0))
                .coefficientRounding(2, RoundingMode.HALF_UP).build();
        assertThatThrownBy(() -> c.coefficient(new BigDecimal("100"), new BigDecimal("0.1")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("coefficient"));
    }

    @Test
    void missingBaseMonthIsTyped() {
        IndexationClause c = IndexationClause.builder("BT01", YearMonth.of(2022, 1)).parts("0.15", "0.85")
                .revisionMonth(RevisionMonthRule.monthsBefore(3)).build();
        assertThatThrownBy(() -> c.revise(new BigDecimal("650.00"), INVOICED, bt01()))
                .isInstanceOfSatisfying(IndexationException.class, e -> assertThat(e.path()).isEqualTo("indexation.baseValue"));
    }

    @Test
    void coversListedLinesOrAll() {
        assertThat(clause().build().covers("anything")).isTrue();
        IndexationClause some = clause().coveredLines(Set.of("1", "3")).build();
        assertThat(some.covers("1")).isTrue();
        assertThat(some.covers("2")).isFalse();
    }
}
