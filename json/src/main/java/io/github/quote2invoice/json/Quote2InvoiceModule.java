package io.github.quote2invoice.json;

import io.github.quote2invoice.document.Discount;
import io.github.quote2invoice.json.internal.AbsentDefaults;
import io.github.quote2invoice.json.internal.ModelIntrospector;
import io.github.quote2invoice.json.internal.SealedTypes;
import io.github.quote2invoice.json.internal.TextCodecs;
import io.github.quote2invoice.payment.PaymentMeans;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module that reads and writes every public type of quote2invoice (quotes, invoices,
 * payments and everything they are made of) in the format documented in {@code docs/json.md}.
 *
 * <p>Register it on your own {@code JsonMapper} to embed the model in your payloads:
 * {@code JsonMapper.builder().addModule(new Quote2InvoiceModule()).build()}. Its rules apply to the
 * model's types only (your own decimals and dates keep your mapper's settings). For reading
 * untrusted input prefer {@link Quote2InvoiceJson}, which adds size limits, strict type checks and
 * turns every failure into one {@link JsonFormatException}.
 */
public final class Quote2InvoiceModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** A new module; stateless, so one instance may serve several mappers. */
    public Quote2InvoiceModule() {
        super("quote2invoice", Version.unknownVersion());
        TextCodecs.MODEL.values().forEach(this::register);
        register(TextCodecs.MONEY);
        setMixInAnnotation(Discount.class, SealedTypes.DiscountMixin.class);
        setMixInAnnotation(PaymentMeans.class, SealedTypes.PaymentMeansMixin.class);
        setDeserializerModifier(new AbsentDefaults());
    }

    private <T> void register(TextCodecs.Codec<T> codec) {
        addSerializer(codec.type(), codec.serializer());
        addDeserializer(codec.type(), codec.deserializer());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.insertAnnotationIntrospector(new ModelIntrospector());
    }
}
