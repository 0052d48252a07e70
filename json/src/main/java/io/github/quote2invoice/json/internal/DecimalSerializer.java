package io.github.quote2invoice.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

import java.math.BigDecimal;

/** Writes a model decimal as a JSON string in plain notation ({@code "1250.50"}), never as a number. */
public final class DecimalSerializer extends StdSerializer<BigDecimal> {
    /** The one instance: stateless. */
    public static final DecimalSerializer INSTANCE = new DecimalSerializer();

    private DecimalSerializer() {
        super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeString(value.toPlainString());
    }
}
