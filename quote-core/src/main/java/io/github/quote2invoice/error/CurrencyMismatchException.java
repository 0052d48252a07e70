package io.github.quote2invoice.error;

import java.util.Currency;

/** Two amounts in different currencies were combined. Carries both currencies. */
public final class CurrencyMismatchException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    private final Currency expected;
    private final Currency actual;

    /**
     * @param path the offending field
     * @param expected the currency required there
     * @param actual the currency found
     */
    public CurrencyMismatchException(String path, Currency expected, Currency actual) {
        super(ErrorCodes.CURRENCY_MISMATCH, path,
                "currency " + actual.getCurrencyCode() + " where " + expected.getCurrencyCode() + " is required");
        this.expected = expected;
        this.actual = actual;
    }

    /** The currency required. */
    public Currency expected() {
        return expected;
    }

    /** The currency found. */
    public Currency actual() {
        return actual;
    }
}
