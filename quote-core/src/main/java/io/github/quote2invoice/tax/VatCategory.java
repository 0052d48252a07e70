package io.github.quote2invoice.tax;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;

/**
 * The EN 16931 VAT category codes (UNTDID 5305 subset, BT-118/BT-151).
 *
 * <p>Each category says whether it bears a rate above zero and whether an exemption reason
 * (BT-120/BT-121) is mandatory (rules BR-E-10, BR-AE-10, BR-IC-10, BR-G-10, BR-O-10).
 */
public enum VatCategory {
    /** Standard rate (any positive rate: 20, 10, 5.5, 2.1 % in France). */
    S("Standard rate", RateKind.POSITIVE, false),
    /** Zero rated goods. */
    Z("Zero rated goods", RateKind.ZERO, false),
    /** Exempt from tax (e.g. French franchise en base, art. 293 B du CGI). */
    E("Exempt from tax", RateKind.ZERO, true),
    /** VAT reverse charge (autoliquidation). */
    AE("VAT reverse charge", RateKind.ZERO, true),
    /** VAT exempt for EEA intra-community supply of goods and services. */
    K("Intra-community supply", RateKind.ZERO, true),
    /** Free export item, tax not charged (export outside the EU). */
    G("Export outside the EU", RateKind.ZERO, true),
    /** Services outside scope of tax. */
    O("Outside the scope of VAT", RateKind.NONE, true),
    /** Canary Islands general indirect tax (IGIC). */
    L("Canary Islands IGIC", RateKind.ANY, false),
    /** Tax for production, services and importation in Ceuta and Melilla (IPSI). */
    M("Ceuta and Melilla IPSI", RateKind.ANY, false);

    /** What rate a category allows. */
    public enum RateKind {
        /** Strictly positive. */
        POSITIVE,
        /** Exactly zero. */
        ZERO,
        /** No rate at all (printed as zero, not sent in the XML). */
        NONE,
        /** Zero or positive. */
        ANY
    }

    private final String label;
    private final RateKind rateKind;
    private final boolean exemptionReasonRequired;

    VatCategory(String label, RateKind rateKind, boolean exemptionReasonRequired) {
        this.label = label;
        this.rateKind = rateKind;
        this.exemptionReasonRequired = exemptionReasonRequired;
    }

    /** The EN 16931 code (the enum name). */
    public String code() {
        return name();
    }

    /** An English label. */
    public String label() {
        return label;
    }

    /** What rate the category allows. */
    public RateKind rateKind() {
        return rateKind;
    }

    /** True when an exemption reason is mandatory for this category. */
    public boolean exemptionReasonRequired() {
        return exemptionReasonRequired;
    }

    /**
     * The category for an EN 16931 code.
     *
     * @throws InvalidValueException {@code UNKNOWN_CODE} for anything else
     */
    public static VatCategory ofCode(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidValueException(ErrorCodes.REQUIRED, "category", "is required");
        }
        for (VatCategory c : values()) {
            if (c.name().equals(code.strip())) {
                return c;
            }
        }
        throw new InvalidValueException(ErrorCodes.UNKNOWN_CODE, "category",
                "'" + code + "' is not an EN 16931 VAT category (S, Z, E, AE, K, G, O, L, M)");
    }
}
