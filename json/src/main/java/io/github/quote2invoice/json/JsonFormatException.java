package io.github.quote2invoice.json;

import io.github.quote2invoice.error.Quote2InvoiceException;

import java.util.Optional;

/**
 * A JSON document could not be read into a model type. The only exception the readers of
 * {@link Quote2InvoiceJson} throw for bad input; nothing was built.
 *
 * <p>{@link #code()} is one of the {@code JSON_*} constants below and says what kind of problem it
 * is; {@link #path()} is the JSON path of the offending field in the model's dotted form
 * ({@code lines[2].unitPrice}, {@code ""} for the whole document); for {@link #JSON_INVALID_VALUE},
 * {@link #valueCode()} carries the model's own code ({@code REQUIRED}, {@code OUT_OF_RANGE}... from
 * {@link io.github.quote2invoice.error.ErrorCodes}). Where the parser knows it, {@link #line()} and
 * {@link #column()} locate the problem in the text (1-based).
 */
public final class JsonFormatException extends Quote2InvoiceException {
    private static final long serialVersionUID = 1L;

    /** Not JSON at all, or broken JSON: syntax error, duplicate field, empty input, trailing content. */
    public static final String JSON_MALFORMED = "JSON_MALFORMED";
    /** The document exceeds a limit of {@link JsonLimits}: size, nesting depth, string, name or number length. */
    public static final String JSON_TOO_LARGE = "JSON_TOO_LARGE";
    /** A field the format does not define (unknown fields are refused, never dropped silently). */
    public static final String JSON_UNKNOWN_FIELD = "JSON_UNKNOWN_FIELD";
    /** A value of the wrong JSON type: a number where a decimal string is expected, an array for an object... */
    public static final String JSON_WRONG_TYPE = "JSON_WRONG_TYPE";
    /** A value of the right type that the model refuses; {@link #valueCode()} tells why. */
    public static final String JSON_INVALID_VALUE = "JSON_INVALID_VALUE";

    private final String valueCode;
    private final int line;
    private final int column;

    /**
     * @param code one of the {@code JSON_*} codes
     * @param path JSON path of the offending field, "" for the whole document
     * @param message what is wrong, readable by the author of the document
     * @param valueCode the model's code for {@link #JSON_INVALID_VALUE}, else null
     * @param line 1-based line of the problem in the text, or -1 when unknown
     * @param column 1-based column of the problem in the text, or -1 when unknown
     * @param cause the underlying exception, may be null
     */
    public JsonFormatException(String code, String path, String message, String valueCode, int line, int column, Throwable cause) {
        super(code, path, message, cause);
        this.valueCode = valueCode;
        this.line = line;
        this.column = column;
    }

    /** The model's code ({@code REQUIRED}, {@code UNKNOWN_CODE}...) when {@link #code()} is {@link #JSON_INVALID_VALUE}. */
    public Optional<String> valueCode() {
        return Optional.ofNullable(valueCode);
    }

    /** 1-based line of the problem in the document, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem in the document, or -1 when unknown. */
    public int column() {
        return column;
    }
}
