package io.github.quote2invoice.receivable.sepa;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.party.Iban;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The EPC rules on text in SEPA messages, beyond the ISO schema: the Latin character set
 * ({@code a-z A-Z 0-9 / - ? : ( ) . , ' +} and space), identifiers without a leading or trailing
 * slash nor a double slash, and the SEPA creditor identifier's check digits.
 */
public final class SepaText {
    private static final String ALLOWED = "[A-Za-z0-9/\\-?:().,'+ ]";

    private SepaText() {
    }

    /**
     * {@code text} reduced to the EPC character set (accents dropped: "Épicerie" gives "Epicerie";
     * other characters become spaces), collapsed and cut to {@code max} characters.
     *
     * @throws io.github.quote2invoice.error.InvalidValueException {@code INVALID_FORMAT} when nothing is left
     */
    public static String latin(String text, int max) {
        String plain = Normalizer.normalize(Checks.text(text, "text"), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('&', '+').replaceAll("[^A-Za-z0-9/\\-?:().,'+ ]", " ").replaceAll(" {2,}", " ").strip();
        Checks.check(!plain.isEmpty(), ErrorCodes.INVALID_FORMAT, "text", "'" + text + "' has no character SEPA messages can carry");
        return plain.length() <= max ? plain : plain.substring(0, max).strip();
    }

    /**
     * Checks an identifier (message id, end-to-end id, mandate reference): 1 to 35 characters of the
     * EPC set, no leading or trailing slash, no double slash.
     *
     * @throws io.github.quote2invoice.error.InvalidValueException {@code INVALID_FORMAT} at {@code path}
     */
    public static String identifier(String value, String path) {
        String v = Checks.text(value, path, 35);
        Checks.check(v.matches(ALLOWED + "+") && !v.startsWith("/") && !v.endsWith("/") && !v.contains("//"),
                ErrorCodes.INVALID_FORMAT, path, "'" + v + "' must use only letters, digits, spaces and / - ? : ( ) . , ' + "
                        + "without a leading or trailing / nor //");
        return v;
    }

    /**
     * Checks a SEPA creditor identifier: country, 2 check digits, a 3-character business code (not
     * part of the check), then the national identifier; check digits by ISO 7064 mod 97-10 over the
     * national identifier followed by the country and the check digits ({@code FR72ZZZ123456}).
     *
     * @throws io.github.quote2invoice.error.InvalidValueException {@code INVALID_FORMAT} or {@code INVALID_CHECKSUM}
     */
    public static String creditorId(String value, String path) {
        String v = Checks.text(value, path).replace(" ", "").toUpperCase(Locale.ROOT);
        Checks.check(v.matches("[A-Z]{2}\\d{2}[A-Z0-9]{3}[A-Z0-9]{1,28}") && v.length() <= 35, ErrorCodes.INVALID_FORMAT, path,
                "'" + v + "' is not a SEPA creditor identifier (country, 2 check digits, business code, national identifier)");
        Checks.check(Iban.mod97(v.substring(7) + v.substring(0, 4)) == 1, ErrorCodes.INVALID_CHECKSUM, path,
                "'" + v + "' has wrong check digits (mod 97)");
        return v;
    }
}
