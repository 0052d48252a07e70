package io.github.quote2invoice.party;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;

/**
 * A French company identifier (SIREN): 9 digits with a Luhn check digit. Spaces are removed.
 *
 * @param value the 9 digits
 */
public record Siren(String value) {
    /** Validates format and check digit. */
    public Siren {
        value = Checks.text(value, "siren").replace(" ", "");
        Checks.check(value.matches("\\d{9}"), ErrorCodes.INVALID_FORMAT, "siren", "'" + value + "' is not 9 digits");
        Checks.check(Luhn.valid(value), ErrorCodes.INVALID_CHECKSUM, "siren", "'" + value + "' fails the Luhn check");
    }

    /** {@code new Siren(value)}. */
    public static Siren of(String value) {
        return new Siren(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
