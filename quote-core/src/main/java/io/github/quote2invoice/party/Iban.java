package io.github.quote2invoice.party;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;

import java.util.Locale;

/**
 * An International Bank Account Number (ISO 13616), checked with mod 97. Spaces removed, upper case.
 *
 * @param value the IBAN without spaces
 */
public record Iban(String value) {
    /** Validates format and the mod-97 check. */
    public Iban {
        value = Checks.text(value, "iban").replace(" ", "").toUpperCase(Locale.ROOT);
        Checks.check(value.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}"), ErrorCodes.INVALID_FORMAT, "iban",
                "'" + value + "' is not an IBAN (country, 2 check digits, 11 to 30 letters or digits)");
        Checks.check(mod97(value.substring(4) + value.substring(0, 4)) == 1, ErrorCodes.INVALID_CHECKSUM, "iban",
                "'" + value + "' has wrong check digits (mod 97)");
    }

    /** {@code new Iban(value)}. */
    public static Iban of(String value) {
        return new Iban(value);
    }

    /** ISO 7064 mod 97-10 of a string of digits and letters (A = 10 ... Z = 35). */
    public static int mod97(String s) {
        int r = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            r = v >= 10 ? (r * 100 + v) % 97 : (r * 10 + v) % 97;
        }
        return r;
    }

    /** Grouped by four for printing: {@code FR76 3000 6000 0112 3456 7890 189}. */
    public String formatted() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < value.length(); i += 4) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(value, i, Math.min(i + 4, value.length()));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
