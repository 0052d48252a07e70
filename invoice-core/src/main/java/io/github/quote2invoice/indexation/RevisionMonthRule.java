package io.github.quote2invoice.indexation;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Which month's index value I a clause uses for an invoice dated D.
 *
 * <ul>
 *   <li>{@link MonthsBefore}: the month of D minus n ("index of month M-3"), exactly that month.</li>
 *   <li>{@link LatestAvailable}: month M-n, or if not published yet, the month before, and so on up to
 *       {@code maxLookback} months earlier ("dernier indice publié"): deterministic for a given source.</li>
 * </ul>
 */
public sealed interface RevisionMonthRule permits RevisionMonthRule.MonthsBefore, RevisionMonthRule.LatestAvailable {

    /** The value used for an invoice dated {@code invoicingDate}, or empty when none is published. */
    Optional<IndexValue> select(String series, LocalDate invoicingDate, IndexSource source);

    /** The month the rule looks at first for {@code invoicingDate}. */
    YearMonth firstMonth(LocalDate invoicingDate);

    /** The index of month M-{@code months}, M being the invoicing month. */
    static RevisionMonthRule monthsBefore(int months) {
        return new MonthsBefore(months);
    }

    /** The latest published index among months M-{@code months} back to M-{@code months}-{@code maxLookback}. */
    static RevisionMonthRule latestAvailable(int months, int maxLookback) {
        return new LatestAvailable(months, maxLookback);
    }

    /**
     * Exactly month M-{@code months}.
     *
     * @param months 0 to 120
     */
    record MonthsBefore(int months) implements RevisionMonthRule {
        /** Validates the range. */
        public MonthsBefore {
            Checks.check(months >= 0 && months <= 120, ErrorCodes.OUT_OF_RANGE, "months", "must be 0 to 120, was " + months);
        }

        @Override
        public YearMonth firstMonth(LocalDate invoicingDate) {
            return YearMonth.from(invoicingDate).minusMonths(months);
        }

        @Override
        public Optional<IndexValue> select(String series, LocalDate invoicingDate, IndexSource source) {
            return source.find(series, firstMonth(invoicingDate));
        }
    }

    /**
     * The latest published value from month M-{@code months} backwards.
     *
     * @param months 0 to 120
     * @param maxLookback how many earlier months may be tried, 0 to 24
     */
    record LatestAvailable(int months, int maxLookback) implements RevisionMonthRule {
        /** Validates the ranges. */
        public LatestAvailable {
            Checks.check(months >= 0 && months <= 120, ErrorCodes.OUT_OF_RANGE, "months", "must be 0 to 120, was " + months);
            Checks.check(maxLookback >= 0 && maxLookback <= 24, ErrorCodes.OUT_OF_RANGE, "maxLookback",
                    "must be 0 to 24, was " + maxLookback);
        }

        @Override
        public YearMonth firstMonth(LocalDate invoicingDate) {
            return YearMonth.from(invoicingDate).minusMonths(months);
        }

        @Override
        public Optional<IndexValue> select(String series, LocalDate invoicingDate, IndexSource source) {
            YearMonth m = firstMonth(invoicingDate);
            for (int i = 0; i <= maxLookback; i++) {
                Optional<IndexValue> v = source.find(series, m.minusMonths(i));
                if (v.isPresent()) {
                    return v;
                }
            }
            return Optional.empty();
        }
    }
}
