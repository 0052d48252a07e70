package io.github.quote2invoice.money;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.internal.Checks;

import java.math.RoundingMode;

/**
 * How a document rounds: line nets to the minor unit, VAT per category (EN 16931 BR-CO-17, the
 * default) or per line (an option for those who must; totals then still follow BR-CO-17 within the
 * validators' tolerance).
 *
 * @param lineRounding rounding of each line's net amount (HALF_UP by default)
 * @param vatRounding rounding of VAT amounts (HALF_UP by default)
 * @param vatMode where VAT is rounded
 */
public record RoundingPolicy(RoundingMode lineRounding, RoundingMode vatRounding, VatMode vatMode) {
    /** HALF_UP everywhere, VAT per category: what EN 16931 validators expect. */
    public static final RoundingPolicy DEFAULT = new RoundingPolicy(RoundingMode.HALF_UP, RoundingMode.HALF_UP, VatMode.PER_CATEGORY);

    /** Where VAT is rounded. */
    public enum VatMode {
        /** VAT = round(sum of the category's taxable amounts x rate): EN 16931 BR-CO-17. */
        PER_CATEGORY,
        /** VAT = sum over lines of round(line net x rate). */
        PER_LINE
    }

    /** Validates that no component is null. */
    public RoundingPolicy {
        Checks.required(lineRounding, "lineRounding");
        Checks.required(vatRounding, "vatRounding");
        Checks.required(vatMode, "vatMode");
        if (lineRounding == RoundingMode.UNNECESSARY || vatRounding == RoundingMode.UNNECESSARY) {
            throw new InvalidValueException(ErrorCodes.OUT_OF_RANGE, "rounding", "UNNECESSARY cannot round money");
        }
    }
}
