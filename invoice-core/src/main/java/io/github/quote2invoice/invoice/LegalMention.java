package io.github.quote2invoice.invoice;

import io.github.quote2invoice.internal.Checks;

import java.util.Locale;
import java.util.Optional;

/**
 * A mention the law requires on the document, typed by a stable code and written in French and
 * English. When it has a note subject code (PMT, PMD, AAB...), the e-invoice writers also send it as a
 * coded note, so the XML carries what the PDF prints (French rule BR-FR-05).
 *
 * @param code stable identifier, e.g. {@code FR_LATE_PENALTIES}, {@code FR_FRANCHISE_293B}
 * @param subjectCode UNTDID 4451 note subject, optional
 * @param french the French text
 * @param english the English text
 */
public record LegalMention(String code, Optional<String> subjectCode, String french, String english) {
    /** Validates every part. */
    public LegalMention {
        code = Checks.text(code, "code", 60);
        subjectCode = Checks.optionalText(subjectCode, "subjectCode");
        french = Checks.text(french, "french", 2000);
        english = Checks.text(english, "english", 2000);
    }

    /** The text in {@code locale}'s language: French for {@code fr}, English otherwise. */
    public String text(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? french : english;
    }
}
