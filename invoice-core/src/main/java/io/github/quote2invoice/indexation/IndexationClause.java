package io.github.quote2invoice.indexation;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.IndexationDetail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;

/**
 * A price revision clause (clause de révision de prix): P = P0 x C, with the coefficient
 * C = a + b x I / I0 computed in exact decimal arithmetic, never a script engine.
 *
 * <p>Order of the steps, each a field of the clause:
 * <ol>
 *   <li>I0: the contract's base value if given, else the source's value of the base month; I: the value
 *       the {@link RevisionMonthRule} selects for the invoicing date.</li>
 *   <li>C = (a x I0 + b x I) / I0, rounded once to {@code coefficientScale} decimals with
 *       {@code coefficientRounding} (a single correctly rounded division, so I = I0 gives exactly 1).</li>
 *   <li>Neutralisation: when |C - 1| is below the threshold, C = 1 (no revision for small moves).</li>
 *   <li>Floor and cap: C is raised to the floor and lowered to the cap (clause butoir).</li>
 *   <li>P = P0 x C, rounded to {@code priceScale} decimals (at most 4) with {@code priceRounding}.</li>
 * </ol>
 * Each step is monotonic, so the revised price never decreases when I increases.
 *
 * <p>Immutable and thread-safe; build with {@link #builder(String, YearMonth)}.
 *
 * @param series the index series, e.g. "BT01" (INSEE idBank 001710986)
 * @param baseMonth the month of I0 ("mois zéro")
 * @param baseValue I0 when the contract states it; empty to take the source's value of the base month
 * @param fixedPart a, the part not revised, 0 to 1
 * @param variablePart b, the revised part, above 0; a + b = 1 exactly
 * @param revisionMonth which month's value I is
 * @param coefficientScale decimals of C, 2 to 10
 * @param coefficientRounding how C is rounded
 * @param floor lowest C allowed, if any
 * @param cap highest C allowed, if any; not below the floor
 * @param neutralisation no revision while |C - 1| is below this, if given; above 0, below 1
 * @param priceScale decimals of the revised unit price, 0 to 4
 * @param priceRounding how the revised price is rounded
 * @param coveredLines the quote line ids revised; empty for every line
 */
public record IndexationClause(String series, YearMonth baseMonth, Optional<BigDecimal> baseValue, BigDecimal fixedPart,
                               BigDecimal variablePart, RevisionMonthRule revisionMonth, int coefficientScale,
                               RoundingMode coefficientRounding, Optional<BigDecimal> floor, Optional<BigDecimal> cap,
                               Optional<BigDecimal> neutralisation, int priceScale, RoundingMode priceRounding,
                               Set<String> coveredLines) implements PriceIndexation {

    /** Validates every part and a + b = 1. */
    public IndexationClause {
        series = Checks.text(series, "series", 50);
        Checks.required(baseMonth, "baseMonth");
        baseValue = Checks.optional(baseValue);
        baseValue.ifPresent(v -> Checks.positive(v, "baseValue"));
        Checks.notNegative(fixedPart, "fixedPart");
        Checks.positive(variablePart, "variablePart");
        Checks.check(fixedPart.add(variablePart).compareTo(BigDecimal.ONE) == 0, ErrorCodes.INCONSISTENT, "variablePart",
                "a + b must equal 1, got " + fixedPart.toPlainString() + " + " + variablePart.toPlainString());
        Checks.required(revisionMonth, "revisionMonth");
        Checks.check(coefficientScale >= 2 && coefficientScale <= 10, ErrorCodes.OUT_OF_RANGE, "coefficientScale",
                "must be 2 to 10, was " + coefficientScale);
        requireRounding(coefficientRounding, "coefficientRounding");
        floor = Checks.optional(floor);
        cap = Checks.optional(cap);
        floor.ifPresent(f -> Checks.positive(f, "floor"));
        cap.ifPresent(c -> Checks.positive(c, "cap"));
        if (floor.isPresent() && cap.isPresent()) {
            Checks.check(floor.get().compareTo(cap.get()) <= 0, ErrorCodes.INCONSISTENT, "cap",
                    "cap " + cap.get().toPlainString() + " is below the floor " + floor.get().toPlainString());
        }
        neutralisation = Checks.optional(neutralisation);
        neutralisation.ifPresent(t -> Checks.check(t.signum() > 0 && t.compareTo(BigDecimal.ONE) < 0, ErrorCodes.OUT_OF_RANGE,
                "neutralisation", "must be above 0 and below 1, was " + t.toPlainString()));
        Checks.check(priceScale >= 0 && priceScale <= 4, ErrorCodes.OUT_OF_RANGE, "priceScale", "must be 0 to 4, was " + priceScale);
        requireRounding(priceRounding, "priceRounding");
        coveredLines = coveredLines == null ? Set.of() : Set.copyOf(coveredLines);
    }

    private static void requireRounding(RoundingMode mode, String path) {
        Checks.required(mode, path);
        if (mode == RoundingMode.UNNECESSARY) {
            throw new InvalidValueException(ErrorCodes.OUT_OF_RANGE, path, "UNNECESSARY cannot round");
        }
    }

    /** A builder for a clause on {@code series} with base month {@code baseMonth}. */
    public static Builder builder(String series, YearMonth baseMonth) {
        return new Builder(series, baseMonth);
    }

    @Override
    public boolean covers(String quoteLineId) {
        return coveredLines.isEmpty() || coveredLines.contains(quoteLineId);
    }

    /**
     * The coefficient for I0 and I after rounding, neutralisation, floor and cap.
     *
     * @throws InvalidValueException {@code OUT_OF_RANGE} when an index is not above zero, or the
     *         coefficient rounds to zero
     */
    public BigDecimal coefficient(BigDecimal i0, BigDecimal i) {
        Checks.positive(i0, "baseValue");
        Checks.positive(i, "revisionValue");
        BigDecimal c = fixedPart.multiply(i0).add(variablePart.multiply(i)).divide(i0, coefficientScale, coefficientRounding);
        if (neutralisation.isPresent() && c.subtract(BigDecimal.ONE).abs().compareTo(neutralisation.get()) < 0) {
            c = BigDecimal.ONE.setScale(coefficientScale);
        }
        if (floor.isPresent() && c.compareTo(floor.get()) < 0) {
            c = floor.get();
        }
        if (cap.isPresent() && c.compareTo(cap.get()) > 0) {
            c = cap.get();
        }
        Checks.check(c.signum() > 0, ErrorCodes.OUT_OF_RANGE, "coefficient", "rounds to zero for I0 " + i0.toPlainString()
                + " and I " + i.toPlainString());
        return c;
    }

    /** P0 x {@code coefficient}, rounded to {@code priceScale} decimals. */
    public BigDecimal price(BigDecimal baseUnitPrice, BigDecimal coefficient) {
        return Checks.notNegative(baseUnitPrice, "baseUnitPrice").multiply(coefficient).setScale(priceScale, priceRounding);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IndexationException {@code INDEX_VALUE_MISSING} when I0 or I is not in {@code source}
     */
    @Override
    public RevisedPrice revise(BigDecimal baseUnitPrice, LocalDate invoicingDate, IndexSource source) {
        Checks.maxScale(Checks.notNegative(baseUnitPrice, "baseUnitPrice"), 4, "baseUnitPrice");
        Checks.required(invoicingDate, "invoicingDate");
        Checks.required(source, "source");
        IndexValue base = baseIndex(source);
        IndexValue revision = revisionMonth.select(series, invoicingDate, source)
                .orElseThrow(() -> new IndexationException(IndexationException.INDEX_VALUE_MISSING, "indexation.revisionValue",
                        "no " + series + " value published for " + revisionMonth.firstMonth(invoicingDate) + " (" + revisionMonth + ")"));
        return revise(baseUnitPrice, base, revision);
    }

    /**
     * The revision with given values of I0 and I: what an adjustment recomputes once the final values
     * are known. The detail is provisional when either value is.
     */
    public RevisedPrice revise(BigDecimal baseUnitPrice, IndexValue base, IndexValue revision) {
        Checks.required(base, "base");
        Checks.required(revision, "revision");
        BigDecimal c = coefficient(base.value(), revision.value());
        BigDecimal p = price(baseUnitPrice, c);
        return new RevisedPrice(p, new IndexationDetail(series, baseMonth, base.value(), revision.month(), revision.value(),
                base.provisional() || revision.provisional(), c, baseUnitPrice));
    }

    /** I0: the contract's value, or the source's value of the base month. */
    public IndexValue baseIndex(IndexSource source) {
        if (baseValue.isPresent()) {
            return new IndexValue(series, baseMonth, baseValue.get(), false);
        }
        return source.find(series, baseMonth).orElseThrow(() -> new IndexationException(IndexationException.INDEX_VALUE_MISSING,
                "indexation.baseValue", "no " + series + " value published for the base month " + baseMonth));
    }

    /** Mutable builder; {@link #build()} validates. Defaults: C to 4 decimals HALF_UP, prices to the cent HALF_UP, all lines. */
    public static final class Builder {
        private final String series;
        private final YearMonth baseMonth;
        private Optional<BigDecimal> baseValue = Optional.empty();
        private BigDecimal fixedPart;
        private BigDecimal variablePart;
        private RevisionMonthRule revisionMonth;
        private int coefficientScale = 4;
        private RoundingMode coefficientRounding = RoundingMode.HALF_UP;
        private Optional<BigDecimal> floor = Optional.empty();
        private Optional<BigDecimal> cap = Optional.empty();
        private Optional<BigDecimal> neutralisation = Optional.empty();
        private int priceScale = 2;
        private RoundingMode priceRounding = RoundingMode.HALF_UP;
        private Set<String> coveredLines = Set.of();

        private Builder(String series, YearMonth baseMonth) {
            this.series = series;
            this.baseMonth = baseMonth;
        }

        /** I0 as stated by the contract. */
        public Builder baseValue(BigDecimal v) { baseValue = Optional.of(v); return this; }
        /** The fixed part a and the variable part b (a + b = 1): {@code parts("0.15", "0.85")}. */
        public Builder parts(String a, String b) { fixedPart = new BigDecimal(a); variablePart = new BigDecimal(b); return this; }
        /** The fixed part a and the variable part b (a + b = 1). */
        public Builder parts(BigDecimal a, BigDecimal b) { fixedPart = a; variablePart = b; return this; }
        /** Which month's index is I. */
        public Builder revisionMonth(RevisionMonthRule v) { revisionMonth = v; return this; }
        /** How the coefficient is rounded. */
        public Builder coefficientRounding(int scale, RoundingMode mode) { coefficientScale = scale; coefficientRounding = mode; return this; }
        /** Lowest coefficient. */
        public Builder floor(BigDecimal v) { floor = Optional.of(v); return this; }
        /** Highest coefficient. */
        public Builder cap(BigDecimal v) { cap = Optional.of(v); return this; }
        /** No revision while |C - 1| is below {@code v}. */
        public Builder neutralisation(BigDecimal v) { neutralisation = Optional.of(v); return this; }
        /** How revised prices are rounded. */
        public Builder priceRounding(int scale, RoundingMode mode) { priceScale = scale; priceRounding = mode; return this; }
        /** Only these quote lines are revised. */
        public Builder coveredLines(Set<String> v) { coveredLines = v; return this; }

        /** The validated clause. */
        public IndexationClause build() {
            return new IndexationClause(series, baseMonth, baseValue, fixedPart, variablePart, revisionMonth, coefficientScale,
                    coefficientRounding, floor, cap, neutralisation, priceScale, priceRounding, coveredLines);
        }
    }
}
