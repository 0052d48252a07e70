package io.github.quote2invoice.payment;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.party.Iban;

import java.util.Locale;

/**
 * An ISO 11649 structured creditor reference ("RF reference"): {@code RF}, two check digits, then
 * 1 to 21 letters or digits chosen by the creditor. Banks carry it unchanged from payer to payee, so
 * an incoming transfer can be matched to its invoice without reading free text.
 *
 * <p>The check digits are ISO 7064 mod 97-10, the same scheme as the IBAN: with the first four
 * characters moved to the end and letters replaced by numbers (A = 10 ... Z = 35) the number leaves
 * remainder 1 when divided by 97. Generated check digits are 02 to 98; 00, 01 and 99 never occur.
 *
 * <p>Immutable. {@link #value()} is the electronic form: upper case, no spaces ({@code RF18539007547034});
 * {@link #formatted()} is the printed form in groups of four ({@code RF18 5390 0754 7034}).
 *
 * @param value the reference, electronic form
 */
public record CreditorReference(String value) {
    /** Most characters the creditor's own part may have (ISO 11649: 25 in all, minus RF and 2 digits). */
    public static final int MAX_BASE_LENGTH = 21;

    /**
     * Validates the form and the check digits.
     *
     * @throws io.github.quote2invoice.error.InvalidValueException {@code INVALID_FORMAT} when it is not
     *         RF + 2 digits + 1 to 21 letters or digits; {@code INVALID_CHECKSUM} when the check digits are wrong
     */
    public CreditorReference {
        value = normalize(Checks.text(value, "creditorReference"));
        Checks.check(value.matches("RF\\d{2}[A-Z0-9]{1," + MAX_BASE_LENGTH + "}"), ErrorCodes.INVALID_FORMAT, "creditorReference",
                "'" + value + "' is not an ISO 11649 creditor reference (RF, 2 check digits, 1 to 21 letters or digits)");
        int digits = Integer.parseInt(value.substring(2, 4));
        Checks.check(digits >= 2 && digits <= 98 && Iban.mod97(value.substring(4) + value.substring(0, 4)) == 1,
                ErrorCodes.INVALID_CHECKSUM, "creditorReference", "'" + value + "' has wrong check digits (ISO 11649, mod 97)");
    }

    /**
     * Parses a reference as printed or typed: spaces ignored, case ignored.
     *
     * @throws io.github.quote2invoice.error.InvalidValueException as the constructor
     */
    public static CreditorReference parse(String text) {
        return new CreditorReference(text);
    }

    /** True when {@code text} is a valid creditor reference (spaces and case ignored); never throws. */
    public static boolean isValid(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String v = normalize(text);
        if (!v.matches("RF\\d{2}[A-Z0-9]{1," + MAX_BASE_LENGTH + "}")) {
            return false;
        }
        int digits = Integer.parseInt(v.substring(2, 4));
        return digits >= 2 && digits <= 98 && Iban.mod97(v.substring(4) + v.substring(0, 4)) == 1;
    }

    /**
     * The creditor reference for {@code base}, with its check digits computed.
     *
     * @param base the creditor's own part: 1 to 21 letters or digits (spaces ignored, case ignored)
     * @throws io.github.quote2invoice.error.InvalidValueException {@code INVALID_FORMAT} otherwise
     */
    public static CreditorReference of(String base) {
        String b = normalize(Checks.text(base, "base"));
        Checks.check(b.matches("[A-Z0-9]{1," + MAX_BASE_LENGTH + "}"), ErrorCodes.INVALID_FORMAT, "base",
                "'" + b + "' must be 1 to " + MAX_BASE_LENGTH + " letters or digits");
        int check = 98 - Iban.mod97(b + "RF00");
        return new CreditorReference("RF" + (check < 10 ? "0" : "") + check + b);
    }

    /**
     * The creditor reference made from a document number: its letters and digits, in order, the rest
     * dropped ({@code FA-2026-000042} gives {@code RF84FA2026000042}). Two numbers that differ only by
     * punctuation would give the same reference, which numbering series never do in practice; a
     * number with more than 21 letters and digits is refused rather than truncated, as truncation
     * could make two invoices share a reference.
     *
     * @throws io.github.quote2invoice.error.InvalidValueException {@code INVALID_FORMAT} when nothing or too much is left
     */
    public static CreditorReference fromDocumentNumber(String number) {
        String n = Checks.text(number, "number");
        String base = n.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        Checks.check(!base.isEmpty() && base.length() <= MAX_BASE_LENGTH, ErrorCodes.INVALID_FORMAT, "number",
                "'" + n + "' must contain 1 to " + MAX_BASE_LENGTH + " letters (A-Z) or digits to make a creditor reference");
        return of(base);
    }

    /** The creditor's own part, without RF and check digits. */
    public String base() {
        return value.substring(4);
    }

    /** The check digits, "02" to "98". */
    public String checkDigits() {
        return value.substring(2, 4);
    }

    /** The printed form, in groups of four: {@code RF18 5390 0754 7034}. */
    public String formatted() {
        StringBuilder b = new StringBuilder(value.length() + value.length() / 4);
        for (int i = 0; i < value.length(); i += 4) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(value, i, Math.min(i + 4, value.length()));
        }
        return b.toString();
    }

    private static String normalize(String text) {
        return text.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
