package io.github.quote2invoice.party;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;

import java.math.BigInteger;

/**
 * A VAT identification number with its ISO country prefix ({@code FR40303265045}, {@code DE123456789}).
 * Spaces are removed and letters upper-cased. French numbers are checked fully: the two-digit key
 * must equal {@code (12 + 3 x (SIREN mod 97)) mod 97}.
 *
 * @param value the prefixed number
 */
public record VatId(String value) {
    /** Validates format (and the French key). */
    public VatId {
        value = Checks.text(value, "vatId").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        Checks.check(value.matches("[A-Z]{2}[0-9A-Z+*.]{2,13}"), ErrorCodes.INVALID_FORMAT, "vatId",
                "'" + value + "' is not a VAT number (2-letter country prefix then 2 to 13 characters)");
        if (value.startsWith("FR")) {
            Checks.check(value.matches("FR[0-9A-Z]{2}\\d{9}"), ErrorCodes.INVALID_FORMAT, "vatId",
                    "'" + value + "' is not a French VAT number (FR, 2-character key, 9-digit SIREN)");
            String key = value.substring(2, 4);
            if (key.matches("\\d{2}")) {
                int expected = BigInteger.valueOf(12).add(BigInteger.valueOf(3).multiply(new BigInteger(value.substring(4)).mod(BigInteger.valueOf(97))))
                        .mod(BigInteger.valueOf(97)).intValue();
                Checks.check(Integer.parseInt(key) == expected, ErrorCodes.INVALID_CHECKSUM, "vatId",
                        "'" + value + "' has key " + key + " but its SIREN gives " + String.format("%02d", expected));
            }
        }
    }

    /** {@code new VatId(value)}. */
    public static VatId of(String value) {
        return new VatId(value);
    }

    /** The French VAT number of a SIREN: {@code FR} + key + SIREN. */
    public static VatId french(Siren siren) {
        int key = (12 + 3 * new BigInteger(siren.value()).mod(BigInteger.valueOf(97)).intValue()) % 97;
        return new VatId("FR" + String.format("%02d", key) + siren.value());
    }

    /** The ISO 3166-1 alpha-2 prefix (Greece uses EL). */
    public String countryPrefix() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
