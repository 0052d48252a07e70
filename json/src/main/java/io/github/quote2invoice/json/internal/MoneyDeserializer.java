package io.github.quote2invoice.json.internal;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.money.Money;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * Reads {@code {"amount":"12.50","currency":"EUR"}} into {@link Money}, strictly: both fields
 * required, no other field, the amount a plain decimal string with no more decimals than the
 * currency has ({@link Money#of} never rounds).
 */
public final class MoneyDeserializer extends StdDeserializer<Money> {
    /** The one instance: stateless. */
    public static final MoneyDeserializer INSTANCE = new MoneyDeserializer();

    private static final List<Object> FIELDS = List.of("amount", "currency");

    private MoneyDeserializer() {
        super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return (Money) ctxt.handleUnexpectedToken(ctxt.constructType(Money.class), p.currentToken(), p,
                    "expected money as an object {\"amount\": \"12.50\", \"currency\": \"EUR\"}, got %s",
                    DecimalDeserializer.describe(p.currentToken()));
        }
        BigDecimal amount = null;
        Currency currency = null;
        for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "amount" -> amount = value == JsonToken.VALUE_NULL ? null
                        : within("amount", () -> DecimalDeserializer.INSTANCE.deserialize(p, ctxt));
                case "currency" -> currency = value == JsonToken.VALUE_NULL ? null
                        : within("currency", () -> CurrencyDeserializer.INSTANCE.deserialize(p, ctxt));
                default -> throw UnrecognizedPropertyException.from(p, Money.class, name, FIELDS);
            }
        }
        if (amount == null) {
            throw new InvalidValueException(ErrorCodes.REQUIRED, "amount", "is required");
        }
        if (currency == null) {
            throw new InvalidValueException(ErrorCodes.REQUIRED, "currency", "is required");
        }
        BigDecimal a = amount;
        Currency c = currency;
        return within("amount", () -> Money.of(a, c));
    }

    /** Gives a problem raised while reading one field that field's path. */
    private static <T> T within(String field, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidValueException e) {
            throw new InvalidValueException(e.code(), field, e.rawMessage());
        } catch (JacksonException e) {
            throw e.prependPath(Money.class, field);
        }
    }
}
