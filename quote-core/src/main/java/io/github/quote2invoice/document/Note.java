package io.github.quote2invoice.document;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;

import java.util.Optional;

/**
 * A document note (BG-1), optionally with its UNTDID 4451 subject code: {@code PMT} (payment terms,
 * recovery indemnity), {@code PMD} (late-payment penalties), {@code AAB} (early-payment discount),
 * {@code REG} (regulatory information), {@code AAI} (general information).
 *
 * @param subjectCode the subject code (BT-21), optional
 * @param text the note (BT-22)
 */
public record Note(Optional<String> subjectCode, String text) {
    /** Validates both parts. */
    public Note {
        subjectCode = Checks.optionalText(subjectCode, "subjectCode");
        subjectCode.ifPresent(c -> Checks.check(c.matches("[A-Z]{3}"), ErrorCodes.INVALID_FORMAT, "subjectCode",
                "'" + c + "' is not an UNTDID 4451 code (3 capital letters)"));
        text = Checks.text(text, "text", 5000);
    }

    /** A note without subject. */
    public static Note of(String text) {
        return new Note(Optional.empty(), text);
    }

    /** A note with a subject code. */
    public static Note of(String subjectCode, String text) {
        return new Note(Optional.of(subjectCode), text);
    }
}
