package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.event.DomainEvent;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.json.Quote2InvoiceJson;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.quote.Quote;

/**
 * The {@link DocumentCodec} on the project's JSON format ({@code docs/json.md}): compact, deterministic
 * output (fields in model order), strict reading. Thread-safe.
 */
public final class JsonDocumentCodec implements DocumentCodec {
    private final Quote2InvoiceJson json;

    /** @param json the JSON reader/writer to use */
    public JsonDocumentCodec(Quote2InvoiceJson json) {
        this.json = Checks.required(json, "json");
    }

    /** A codec with the default JSON settings. */
    public static JsonDocumentCodec create() {
        return new JsonDocumentCodec(Quote2InvoiceJson.create());
    }

    @Override
    public String writeQuote(Quote quote) {
        return json.writeQuote(quote);
    }

    @Override
    public Quote readQuote(String text) {
        return json.readQuote(text);
    }

    @Override
    public String writeInvoice(Invoice invoice) {
        return json.writeInvoice(invoice);
    }

    @Override
    public Invoice readInvoice(String text) {
        return json.readInvoice(text);
    }

    @Override
    public String writePayment(Payment payment) {
        return json.writePayment(payment);
    }

    @Override
    public Payment readPayment(String text) {
        return json.readPayment(text);
    }

    @Override
    public String writeEvent(DomainEvent event) {
        return json.write(Checks.required(event, "event"));
    }
}
