package io.github.quote2invoice.party;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;

/**
 * A French establishment identifier (SIRET): the SIREN plus a 5-digit establishment number, 14 digits
 * with a Luhn check (La Poste's establishments, SIREN 356000000, may instead have a digit sum
 * divisible by 5: there are too many of them for the Luhn key space).
 *
 * @param value the 14 digits
 */
public record Siret(String value) {
    private static final String LA_POSTE = "356000000";

    /** Validates format and check digit. */
    public Siret {
        value = Checks.text(value, "siret").replace(" ", "");
        Checks.check(value.matches("\\d{14}"), ErrorCodes.INVALID_FORMAT, "siret", "'" + value + "' is not 14 digits");
        boolean ok = Luhn.valid(value) || value.startsWith(LA_POSTE) && digitSum(value) % 5 == 0;
        Checks.check(ok, ErrorCodes.INVALID_CHECKSUM, "siret", "'" + value + "' fails the Luhn check");
    }

    /** {@code new Siret(value)}. */
    public static Siret of(String value) {
        return new Siret(value);
    }

    /** The SIREN part (first 9 digits). */
    public Siren siren() {
        return new Siren(value.substring(0, 9));
    }

    private static int digitSum(String v) {
        int s = 0;
        for (int i = 0; i < v.length(); i++) {
            s += v.charAt(i) - '0';
        }
        return s;
    }

    @Override
    public String toString() {
        return value;
    }
}
