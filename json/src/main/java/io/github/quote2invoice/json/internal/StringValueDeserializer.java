package io.github.quote2invoice.json.internal;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

import java.time.DateTimeException;
import java.util.function.Function;

/**
 * Reads a value written as one JSON string (a SIREN, an IBAN, a unit code, an ISO-8601 date...)
 * through its validating constructor or parser. Only a JSON string is accepted. The model's own field
 * name is dropped from the error path: the JSON path already names the field.
 *
 * @param <T> the model type
 */
public final class StringValueDeserializer<T> extends StdDeserializer<T> {
    private final Function<String, T> create;
    private final String expected;

    /**
     * @param type the model type
     * @param create its validating constructor
     * @param expected what the string should look like, for messages ("a SIREN such as \"123456782\"")
     */
    public StringValueDeserializer(Class<T> type, Function<String, T> create, String expected) {
        super(type);
        this.create = create;
        this.expected = expected;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            @SuppressWarnings("unchecked")
            T never = (T) ctxt.handleUnexpectedToken(ctxt.constructType(handledType()), p.currentToken(), p,
                    "expected %s, got %s", expected, DecimalDeserializer.describe(p.currentToken()));
            return never;
        }
        try {
            return create.apply(p.getString());
        } catch (InvalidValueException e) {
            throw new InvalidValueException(e.code(), "", e.rawMessage());
        } catch (DateTimeException e) {
            String text = p.getString();
            String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
            throw new InvalidValueException(ErrorCodes.INVALID_FORMAT, "", "'" + shown + "' is not " + expected);
        }
    }
}
