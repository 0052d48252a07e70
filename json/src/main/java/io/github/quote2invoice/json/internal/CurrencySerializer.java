package io.github.quote2invoice.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

import java.util.Currency;

/** Writes a currency as its ISO 4217 code ({@code "EUR"}). */
public final class CurrencySerializer extends StdSerializer<Currency> {
    /** The one instance: stateless. */
    public static final CurrencySerializer INSTANCE = new CurrencySerializer();

    private CurrencySerializer() {
        super(Currency.class);
    }

    @Override
    public void serialize(Currency value, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeString(value.getCurrencyCode());
    }
}
