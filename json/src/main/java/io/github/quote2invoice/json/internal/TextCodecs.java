package io.github.quote2invoice.json.internal;

import io.github.quote2invoice.document.UnitOfMeasure;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Bic;
import io.github.quote2invoice.party.Iban;
import io.github.quote2invoice.party.Siren;
import io.github.quote2invoice.party.Siret;
import io.github.quote2invoice.party.VatId;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Every type written as one JSON string, with its writer and strict reader. Model types (SIREN...)
 * are registered for every use; JDK types (dates, currency) only where the model uses them, through
 * {@link ModelIntrospector}, so that an application's own dates keep the application's settings.
 */
public final class TextCodecs {
    /** Serializer and deserializer of one type. */
    public record Codec<T>(Class<T> type, ValueSerializer<T> serializer, ValueDeserializer<T> deserializer) {
    }

    /** The model's single-value types. */
    public static final Map<Class<?>, Codec<?>> MODEL = Map.of(
            Siren.class, codec(Siren.class, Siren::value, Siren::new, "a SIREN (9 digits) as a string"),
            Siret.class, codec(Siret.class, Siret::value, Siret::new, "a SIRET (14 digits) as a string"),
            VatId.class, codec(VatId.class, VatId::value, VatId::new, "a VAT number such as \"FR11123456782\""),
            Iban.class, codec(Iban.class, Iban::value, Iban::new, "an IBAN as a string"),
            Bic.class, codec(Bic.class, Bic::value, Bic::new, "a BIC (8 or 11 characters) as a string"),
            UnitOfMeasure.class, codec(UnitOfMeasure.class, UnitOfMeasure::code, UnitOfMeasure::new,
                    "a UN/ECE Rec. 20 unit code such as \"C62\" or \"HUR\""));

    /** JDK types as the model writes them: decimals as plain strings, dates in ISO-8601, currencies as ISO 4217 codes. */
    static final Map<Class<?>, Codec<?>> JDK = jdk();

    private TextCodecs() {
    }

    private static Map<Class<?>, Codec<?>> jdk() {
        Map<Class<?>, Codec<?>> m = new LinkedHashMap<>();
        m.put(LocalDate.class, codec(LocalDate.class, LocalDate::toString, LocalDate::parse, "an ISO-8601 date such as \"2026-11-28\""));
        m.put(Instant.class, codec(Instant.class, Instant::toString, Instant::parse,
                "an ISO-8601 UTC instant such as \"2026-11-28T09:30:00Z\""));
        m.put(YearMonth.class, codec(YearMonth.class, YearMonth::toString, YearMonth::parse, "an ISO-8601 month such as \"2026-11\""));
        m.put(BigDecimal.class, new Codec<>(BigDecimal.class, DecimalSerializer.INSTANCE, DecimalDeserializer.INSTANCE));
        m.put(Currency.class, new Codec<>(Currency.class, CurrencySerializer.INSTANCE, CurrencyDeserializer.INSTANCE));
        return Map.copyOf(m);
    }

    private static <T> Codec<T> codec(Class<T> type, Function<T, String> write, Function<String, T> read, String expected) {
        return new Codec<>(type, new StringValueSerializer<>(type, write), new StringValueDeserializer<>(type, read, expected));
    }

    /** Money is an object, not a string, but registered the same way. */
    public static final Codec<Money> MONEY = new Codec<>(Money.class, MoneySerializer.INSTANCE, MoneyDeserializer.INSTANCE);
}
