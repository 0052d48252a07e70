package io.github.quote2invoice.json.internal;

import io.github.quote2invoice.document.References;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.InvoiceStatus;
import io.github.quote2invoice.invoice.SettlementStyle;
import io.github.quote2invoice.money.RoundingPolicy;
import io.github.quote2invoice.payment.PaymentInstructions;
import io.github.quote2invoice.quote.QuoteStatus;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

import java.util.Map;

/**
 * The values a field takes when it is left out of a document: the same defaults the model's
 * builders use (a new quote is a DRAFT with the default rounding and no references). Only absence
 * gets a default; an explicit {@code null} is still refused as {@code REQUIRED}.
 */
public final class AbsentDefaults extends ValueDeserializerModifier {
    private static final long serialVersionUID = 1L;

    /** Type -> value when absent. Documented in docs/json.md. */
    static final Map<Class<?>, Object> DEFAULTS = Map.of(
            RoundingPolicy.class, RoundingPolicy.DEFAULT,
            References.class, References.NONE,
            PaymentInstructions.class, PaymentInstructions.NONE,
            QuoteStatus.class, QuoteStatus.DRAFT,
            InvoiceStatus.class, InvoiceStatus.DRAFT,
            InvoiceKind.class, InvoiceKind.STANDARD,
            SettlementStyle.class, SettlementStyle.DEDUCTION_LINES);

    @Override
    public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier beanDesc,
                                                   ValueDeserializer<?> deserializer) {
        return wrap(beanDesc.getType().getRawClass(), deserializer);
    }

    @Override
    public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription.Supplier beanDesc,
                                                       ValueDeserializer<?> deserializer) {
        return wrap(type.getRawClass(), deserializer);
    }

    private static ValueDeserializer<?> wrap(Class<?> type, ValueDeserializer<?> deserializer) {
        Object value = DEFAULTS.get(type);
        return value == null ? deserializer : new Defaulting(deserializer, value);
    }

    /** Delegates everything but the absent value. */
    private static final class Defaulting extends DelegatingDeserializer {
        private final Object absent;

        Defaulting(ValueDeserializer<?> delegate, Object absent) {
            super(delegate);
            this.absent = absent;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
            return new Defaulting(newDelegatee, absent);
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return absent;
        }
    }
}
