package io.github.quote2invoice.tax;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.internal.Checks;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A VAT category with its rate in percent and, where the category needs one, the exemption reason.
 *
 * <p>The rate is normalised ({@code 20.00} becomes {@code 20}, {@code 5.50} becomes {@code 5.5}) so
 * that equal rates are equal records: the VAT breakdown groups lines by this record.
 *
 * @param category the EN 16931 category
 * @param percent the rate, 0 to 100 with at most 4 decimals, consistent with the category
 * @param exemption the reason no VAT is charged; mandatory for E, AE, K, G and O, absent otherwise
 */
public record VatRate(VatCategory category, BigDecimal percent, Optional<VatExemption> exemption) {

    /** Validates the rate against the category. */
    public VatRate {
        Checks.required(category, "category");
        percent = Checks.maxScale(Checks.percent(percent, "percent"), 4, "percent");
        exemption = Checks.optional(exemption);
        switch (category.rateKind()) {
            case POSITIVE -> Checks.check(percent.signum() > 0, ErrorCodes.OUT_OF_RANGE, "percent",
                    "category " + category + " needs a rate above zero");
            case ZERO, NONE -> Checks.check(percent.signum() == 0, ErrorCodes.OUT_OF_RANGE, "percent",
                    "category " + category + " (" + category.label() + ") must have a zero rate, was " + percent.toPlainString());
            case ANY -> { }
        }
        if (category.exemptionReasonRequired() && exemption.isEmpty()) {
            throw new InvalidValueException(ErrorCodes.REQUIRED, "exemption",
                    "category " + category + " (" + category.label() + ") needs an exemption reason");
        }
        if (!category.exemptionReasonRequired() && exemption.isPresent() && category != VatCategory.Z) {
            throw new InvalidValueException(ErrorCodes.INCONSISTENT, "exemption",
                    "category " + category + " takes no exemption reason");
        }
    }

    /** Standard rate {@code percent} (category S): {@code VatRate.standard("20")}. */
    public static VatRate standard(String percent) {
        return new VatRate(VatCategory.S, new BigDecimal(percent), Optional.empty());
    }

    /** Standard rate {@code percent} (category S). */
    public static VatRate standard(BigDecimal percent) {
        return new VatRate(VatCategory.S, percent, Optional.empty());
    }

    /** Zero-rated goods (category Z). */
    public static VatRate zeroRated() {
        return new VatRate(VatCategory.Z, BigDecimal.ZERO, Optional.empty());
    }

    /** Reverse charge (AE), "Autoliquidation". */
    public static VatRate reverseCharge() {
        return exempt(VatCategory.AE, VatExemption.REVERSE_CHARGE);
    }

    /** Intra-EU supply (K). */
    public static VatRate intraCommunity() {
        return exempt(VatCategory.K, VatExemption.INTRA_COMMUNITY);
    }

    /** Export outside the EU (G). */
    public static VatRate export() {
        return exempt(VatCategory.G, VatExemption.EXPORT);
    }

    /** French franchise en base (E), "TVA non applicable, art. 293 B du CGI". */
    public static VatRate franchiseEnBase() {
        return exempt(VatCategory.E, VatExemption.FRANCHISE_EN_BASE);
    }

    /** Outside the scope of VAT (O). */
    public static VatRate outOfScope() {
        return exempt(VatCategory.O, VatExemption.OUT_OF_SCOPE);
    }

    /** A zero-rate category with its exemption reason. */
    public static VatRate exempt(VatCategory category, VatExemption exemption) {
        return new VatRate(category, BigDecimal.ZERO, Optional.of(exemption));
    }

    /** "S 20 %", "AE 0 %". */
    @Override
    public String toString() {
        return category + " " + percent.toPlainString() + " %";
    }
}
