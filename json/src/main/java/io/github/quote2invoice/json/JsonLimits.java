package io.github.quote2invoice.json;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;

/**
 * Limits applied to every document read, so that hostile or broken input fails fast with
 * {@link JsonFormatException#JSON_TOO_LARGE} instead of exhausting memory or stack. Enforced by
 * Jackson's {@code StreamReadConstraints} while parsing.
 *
 * @param maxDocumentLength the largest document, in bytes for byte input, in characters for text input
 * @param maxNestingDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest string value, in characters
 * @param maxNameLength the longest field name, in characters
 * @param maxNumberLength the longest JSON number, in characters
 */
public record JsonLimits(long maxDocumentLength, int maxNestingDepth, int maxStringLength, int maxNameLength, int maxNumberLength) {
    /**
     * 5 MB documents (a quote of several thousand lines is well under 2 MB), depth 32 (the formats
     * need 7), strings of 100,000 characters (the longest model text is a 5,000-character note),
     * names of 200 characters, numbers of 20 characters (only integers such as days are JSON numbers).
     */
    public static final JsonLimits DEFAULT = new JsonLimits(5L * 1024 * 1024, 32, 100_000, 200, 20);

    /** Validates that every limit is positive. */
    public JsonLimits {
        if (maxDocumentLength <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0 || maxNameLength <= 0 || maxNumberLength <= 0) {
            throw new InvalidValueException(ErrorCodes.OUT_OF_RANGE, "", "every JSON limit must be greater than zero");
        }
    }

    /** A copy with another maximum document length. */
    public JsonLimits withMaxDocumentLength(long value) {
        return new JsonLimits(value, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength);
    }
}
