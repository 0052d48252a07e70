package io.github.quote2invoice.party;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;

import java.util.Locale;

/**
 * A Business Identifier Code (ISO 9362): 8 or 11 characters.
 *
 * @param value the BIC, upper case
 */
public record Bic(String value) {
    /** Validates the format. */
    public Bic {
        value = Checks.text(value, "bic").replace(" ", "").toUpperCase(Locale.ROOT);
        Checks.check(value.matches("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?"), ErrorCodes.INVALID_FORMAT, "bic",
                "'" + value + "' is not a BIC (8 or 11 characters)");
    }

    /** {@code new Bic(value)}. */
    public static Bic of(String value) {
        return new Bic(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
