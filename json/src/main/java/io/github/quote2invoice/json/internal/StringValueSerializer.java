package io.github.quote2invoice.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

import java.util.function.Function;

/**
 * Writes a value as one JSON string: a single-value model type (SIREN, IBAN, unit of measure...)
 * rather than an object, or a date in ISO-8601.
 *
 * @param <T> the model type
 */
public final class StringValueSerializer<T> extends StdSerializer<T> {
    private final Function<T, String> value;

    /**
     * @param type the model type
     * @param value its text
     */
    public StringValueSerializer(Class<T> type, Function<T, String> value) {
        super(type);
        this.value = value;
    }

    @Override
    public void serialize(T v, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeString(value.apply(v));
    }
}
