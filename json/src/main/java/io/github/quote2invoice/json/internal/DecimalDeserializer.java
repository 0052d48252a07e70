package io.github.quote2invoice.json.internal;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads a model decimal from a JSON string in plain notation: optional minus sign, digits, optional
 * dot and digits. A JSON number is refused (it may have gone through a double on the writer's side),
 * and so are exponents, a plus sign, spaces and more than {@value #MAX_LENGTH} characters.
 */
public final class DecimalDeserializer extends StdDeserializer<BigDecimal> {
    /** The one instance: stateless. */
    public static final DecimalDeserializer INSTANCE = new DecimalDeserializer();
    /** The longest decimal accepted, in characters. */
    public static final int MAX_LENGTH = 40;

    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

    private DecimalDeserializer() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (BigDecimal) ctxt.handleUnexpectedToken(ctxt.constructType(BigDecimal.class), p.currentToken(), p,
                    "expected a decimal as a JSON string such as \"12.50\", got %s", describe(p.currentToken()));
        }
        return parse(p.getString());
    }

    /** Parses {@code text} as a plain decimal; {@code INVALID_FORMAT} otherwise (path left to the caller). */
    static BigDecimal parse(String text) {
        if (text.length() > MAX_LENGTH || !PLAIN.matcher(text).matches()) {
            String shown = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "..." : text;
            throw new InvalidValueException(ErrorCodes.INVALID_FORMAT, "",
                    "'" + shown + "' is not a plain decimal (digits, optional '-' and '.', no exponent, at most " + MAX_LENGTH + " characters)");
        }
        return new BigDecimal(text);
    }

    /** A readable name of a JSON token for messages. */
    static String describe(JsonToken t) {
        if (t == null) {
            return "end of input";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }
}
