package io.github.quote2invoice.json.internal;

import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.money.Money;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

import java.util.Currency;

/**
 * Reads an ISO 4217 code ({@code "EUR"}) into a currency with {@link Money#currency(String)}, which
 * refuses unknown codes and currencies without a minor unit ({@code UNKNOWN_CODE}).
 */
public final class CurrencyDeserializer extends StdDeserializer<Currency> {
    /** The one instance: stateless. */
    public static final CurrencyDeserializer INSTANCE = new CurrencyDeserializer();

    private CurrencyDeserializer() {
        super(Currency.class);
    }

    @Override
    public Currency deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (Currency) ctxt.handleUnexpectedToken(ctxt.constructType(Currency.class), p.currentToken(), p,
                    "expected an ISO 4217 currency code such as \"EUR\", got %s", DecimalDeserializer.describe(p.currentToken()));
        }
        try {
            return Money.currency(p.getString());
        } catch (InvalidValueException e) {
            throw new InvalidValueException(e.code(), "", e.rawMessage());
        }
    }
}
