package io.github.quote2invoice.error;

/**
 * The codes carried by {@link InvalidValueException}: a value was refused when a model type was built.
 * Stable across releases; documented in {@code docs/errors.md}.
 */
public final class ErrorCodes {
    /** A mandatory value is missing (null or blank). */
    public static final String REQUIRED = "REQUIRED";
    /** A text does not have the expected form (e.g. a SIREN that is not 9 digits). */
    public static final String INVALID_FORMAT = "INVALID_FORMAT";
    /** A check digit or checksum is wrong (SIREN/SIRET Luhn, IBAN mod 97, French VAT key). */
    public static final String INVALID_CHECKSUM = "INVALID_CHECKSUM";
    /** A number is outside its allowed range (negative quantity, rate above 100 %...). */
    public static final String OUT_OF_RANGE = "OUT_OF_RANGE";
    /** An amount has more decimals than allowed (Money: the currency's minor unit; unit price: 4). */
    public static final String TOO_MANY_DECIMALS = "TOO_MANY_DECIMALS";
    /** Two amounts that must share a currency do not. */
    public static final String CURRENCY_MISMATCH = "CURRENCY_MISMATCH";
    /** A code is not in its code list (VAT category, unit of measure, currency, country). */
    public static final String UNKNOWN_CODE = "UNKNOWN_CODE";
    /** Values that are each valid contradict each other (SIRET not starting with the SIREN...). */
    public static final String INCONSISTENT = "INCONSISTENT";
    /** Two elements share an identifier that must be unique (line ids...). */
    public static final String DUPLICATE = "DUPLICATE";
    /** A lifecycle step is not allowed from the document's current state. */
    public static final String ILLEGAL_STATE = "ILLEGAL_STATE";

    private ErrorCodes() {
    }
}
