package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.event.DomainEvent;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.quote.Quote;

/**
 * How the JDBC stores turn documents and events into the JSON text they keep, and back. Writing must be
 * deterministic (the same value always gives the same text): the stored text's SHA-256 is the document
 * digest recorded in the audit log. {@link JsonDocumentCodec} is the implementation on the project's
 * Jackson module.
 */
public interface DocumentCodec {
    /** A quote as JSON. */
    String writeQuote(Quote quote);

    /** The quote in {@code json}. */
    Quote readQuote(String json);

    /** An invoice as JSON. */
    String writeInvoice(Invoice invoice);

    /** The invoice in {@code json}. */
    Invoice readInvoice(String json);

    /** A payment as JSON. */
    String writePayment(Payment payment);

    /** The payment in {@code json}. */
    Payment readPayment(String json);

    /** A domain event as JSON (the outbox payload). */
    String writeEvent(DomainEvent event);
}
