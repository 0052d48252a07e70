package io.github.quote2invoice.json.internal;

import io.github.quote2invoice.money.Money;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes {@link Money} as {@code {"amount":"1250.00","currency":"EUR"}}: the amount at the
 * currency's scale, as a string, and the ISO 4217 code.
 */
public final class MoneySerializer extends StdSerializer<Money> {
    /** The one instance: stateless. */
    public static final MoneySerializer INSTANCE = new MoneySerializer();

    private MoneySerializer() {
        super(Money.class);
    }

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeStartObject(value);
        gen.writeStringProperty("amount", value.amount().toPlainString());
        gen.writeStringProperty("currency", value.currency().getCurrencyCode());
        gen.writeEndObject();
    }
}
