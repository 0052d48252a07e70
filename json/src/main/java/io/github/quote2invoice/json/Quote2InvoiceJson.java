package io.github.quote2invoice.json;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.json.internal.JsonErrors;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentAllocation;
import io.github.quote2invoice.quote.Quote;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Reads and writes quotes, invoices and payments as JSON, in the format documented in
 * {@code docs/json.md} (schema of the quote input: {@code docs/schema/quote.schema.json}).
 *
 * <p>Immutable and thread-safe: create one instance and share it (it holds one Jackson mapper, which
 * is costly to build and cheap to use). Writing is deterministic: the same value always gives the same
 * bytes (compact UTF-8, fields in the order of the model's components), so a write / read / write
 * round trip is byte-identical.
 *
 * <p>Every reader either returns a fully validated object or throws {@link JsonFormatException}
 * (one exception type, with a code, the JSON path and a readable message): never a partly built
 * object, never another exception for bad content. Input is read strictly: unknown fields, duplicate
 * fields, numbers where decimal strings are expected, trailing content and documents beyond the
 * {@link JsonLimits} are refused. I/O failures of a stream are an {@link UncheckedIOException}.
 */
public final class Quote2InvoiceJson {
    private final JsonMapper mapper;
    private final JsonLimits limits;
    private final ObjectWriter writer;

    private Quote2InvoiceJson(JsonLimits limits, boolean indent) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentLength())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxNameLength())
                .maxNumberLength(limits.maxNumberLength())
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .addModule(new Quote2InvoiceModule())
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // parse() checks trailing content itself, to report it as JSON_MALFORMED
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
                .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
                .configure(SerializationFeature.INDENT_OUTPUT, indent)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Enum, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .build();
        this.writer = mapper.writer();
    }

    /** An instance with {@link JsonLimits#DEFAULT} and compact output. */
    public static Quote2InvoiceJson create() {
        return new Quote2InvoiceJson(JsonLimits.DEFAULT, false);
    }

    /**
     * An instance with other limits.
     *
     * @param limits the input limits
     * @param indent true for indented (human-friendly) output, false for compact output
     */
    public static Quote2InvoiceJson create(JsonLimits limits, boolean indent) {
        return new Quote2InvoiceJson(required(limits, "limits"), indent);
    }

    /** The limits applied to input. */
    public JsonLimits limits() {
        return limits;
    }

    /** Reads a quote; {@link JsonFormatException} when the text is not a valid quote document. */
    public Quote readQuote(String json) {
        return read(json, Quote.class);
    }

    /** Reads a quote from UTF-8 (or UTF-16/32 with BOM) bytes. */
    public Quote readQuote(byte[] json) {
        return read(json, Quote.class);
    }

    /** Reads one quote document from a stream (to its end, to refuse trailing content); the stream is not closed. */
    public Quote readQuote(InputStream json) {
        return read(json, Quote.class);
    }

    /** Writes a quote as JSON text. */
    public String writeQuote(Quote quote) {
        return write(quote);
    }

    /** Writes a quote as UTF-8 bytes. */
    public byte[] writeQuoteBytes(Quote quote) {
        return writeBytes(quote);
    }

    /** Reads an invoice or credit note. */
    public Invoice readInvoice(String json) {
        return read(json, Invoice.class);
    }

    /** Reads an invoice from UTF-8 bytes. */
    public Invoice readInvoice(byte[] json) {
        return read(json, Invoice.class);
    }

    /** Reads one invoice document from a stream, which is not closed. */
    public Invoice readInvoice(InputStream json) {
        return read(json, Invoice.class);
    }

    /** Writes an invoice as JSON text. */
    public String writeInvoice(Invoice invoice) {
        return write(invoice);
    }

    /** Writes an invoice as UTF-8 bytes. */
    public byte[] writeInvoiceBytes(Invoice invoice) {
        return writeBytes(invoice);
    }

    /** Reads a payment. */
    public Payment readPayment(String json) {
        return read(json, Payment.class);
    }

    /** Reads a payment from UTF-8 bytes. */
    public Payment readPayment(byte[] json) {
        return read(json, Payment.class);
    }

    /** Writes a payment as JSON text. */
    public String writePayment(Payment payment) {
        return write(payment);
    }

    /** Reads the allocation of a payment to an invoice. */
    public PaymentAllocation readPaymentAllocation(String json) {
        return read(json, PaymentAllocation.class);
    }

    /** Writes the allocation of a payment to an invoice. */
    public String writePaymentAllocation(PaymentAllocation allocation) {
        return write(allocation);
    }

    /** Writes {@code value} to {@code out} as UTF-8 (the stream is flushed, not closed). */
    public void write(Object value, OutputStream out) {
        required(value, "value");
        try {
            writer.writeValue(out, value);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /**
     * Writes any model value (a domain event, a line, a party...) as JSON text, with the same
     * conventions as the documents. Only the documents have readers.
     */
    public String write(Object value) {
        return writer.writeValueAsString(required(value, "value"));
    }

    private byte[] writeBytes(Object value) {
        return writer.writeValueAsBytes(required(value, "value"));
    }

    private <T> T read(String json, Class<T> type) {
        required(json, "json");
        checkLength(json.length(), "characters");
        return parse(type, r -> r.createParser(json));
    }

    private <T> T read(byte[] json, Class<T> type) {
        required(json, "json");
        checkLength(json.length, "bytes");
        return parse(type, r -> r.createParser(json));
    }

    private <T> T read(InputStream json, Class<T> type) {
        required(json, "json");
        return parse(type, r -> r.createParser(json));
    }

    /** Refuses an oversized document before parsing a byte of it. */
    private void checkLength(long length, String unit) {
        if (length > limits.maxDocumentLength()) {
            throw new JsonFormatException(JsonFormatException.JSON_TOO_LARGE, "",
                    "document is " + length + " " + unit + " long; at most " + limits.maxDocumentLength() + " allowed", null, -1, -1, null);
        }
    }

    private <T> T parse(Class<T> type, Function<ObjectReader, JsonParser> open) {
        ObjectReader reader = mapper.readerFor(type);
        JsonParser p = null;
        try {
            p = open.apply(reader);
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new JsonFormatException(JsonFormatException.JSON_MALFORMED, "", "empty document", null, -1, -1, null);
            }
            if (first != JsonToken.START_OBJECT) {
                throw new JsonFormatException(JsonFormatException.JSON_WRONG_TYPE, "",
                        "expected a JSON object as the document", null, p.currentLocation().getLineNr(), p.currentLocation().getColumnNr(), null);
            }
            T value = reader.readValue(p);
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw new JsonFormatException(JsonFormatException.JSON_MALFORMED, "", "unexpected content after the end of the document",
                        null, p.currentLocation().getLineNr(), p.currentLocation().getColumnNr(), null);
            }
            return value;
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        } catch (JacksonException e) {
            throw JsonErrors.translate(e, p);
        } finally {
            if (p != null) {
                p.close();
            }
        }
    }

    /** Null arguments are a caller's mistake: a typed exception, not an NPE deep inside Jackson. */
    private static <T> T required(T value, String name) {
        if (value == null) {
            throw new InvalidValueException(ErrorCodes.REQUIRED, name, "is required");
        }
        return value;
    }
}
