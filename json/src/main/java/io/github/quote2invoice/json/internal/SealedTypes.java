package io.github.quote2invoice.json.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.quote2invoice.document.Discount;
import io.github.quote2invoice.payment.PaymentMeans;

import java.util.Arrays;
import java.util.List;

/**
 * Mix-ins giving the model's sealed interfaces a {@code "type"} discriminator, so the core needs no
 * Jackson annotation. The names are part of the documented format: never rename them.
 */
public final class SealedTypes {
    private SealedTypes() {
    }

    /** The type names a sealed base type accepts, for error messages; empty for other types. */
    static List<String> typeNames(Class<?> base) {
        Class<?> mixin = base == Discount.class ? DiscountMixin.class : base == PaymentMeans.class ? PaymentMeansMixin.class : null;
        if (mixin == null) {
            return List.of();
        }
        return Arrays.stream(mixin.getAnnotation(JsonSubTypes.class).value()).map(JsonSubTypes.Type::name).toList();
    }

    /** {@link Discount}: {@code "percentage"} or {@code "fixed"}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Discount.Percentage.class, name = "percentage"),
        @JsonSubTypes.Type(value = Discount.Fixed.class, name = "fixed")
    })
    public interface DiscountMixin {
    }

    /** {@link PaymentMeans}: {@code "creditTransfer"}, {@code "card"} or {@code "directDebit"}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = PaymentMeans.CreditTransfer.class, name = "creditTransfer"),
        @JsonSubTypes.Type(value = PaymentMeans.Card.class, name = "card"),
        @JsonSubTypes.Type(value = PaymentMeans.DirectDebit.class, name = "directDebit")
    })
    public interface PaymentMeansMixin {
    }
}
