package io.github.quote2invoice.payment;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link io.github.quote2invoice.payment.spi.PaymentGateway} is asked to collect for one issued
 * invoice: a hosted payment page (checkout session, payment link) for its amount due.
 *
 * <p>The {@code idempotencyKey} makes creation safe to retry: a gateway given the same key twice must
 * return the request created the first time instead of creating a second one. Build it from the
 * invoice and the amount ({@code q2i-<invoiceId>-<amount in minor units>}, see
 * {@code InvoicePaymentRequests}), so a retry reuses it while a new amount due after a partial
 * payment gets a new request.
 *
 * @param invoiceId the invoice's id, carried back in the gateway's notifications
 * @param invoiceNumber the invoice's number
 * @param amount what to collect, above zero
 * @param description what the payer sees
 * @param metadata key/value pairs stored with the request; always holds {@code invoice_id} and {@code invoice_number}
 * @param idempotencyKey the key that makes retries safe, 1 to 255 characters
 * @param methods the accepted methods (e.g. CARD, DIRECT_DEBIT), at least one
 * @param customerEmail the payer's e-mail, prefilled when known
 * @param successUrl where the payer lands after paying
 * @param cancelUrl where the payer lands after giving up
 */
public record PaymentRequest(String invoiceId, String invoiceNumber, Money amount, String description, Map<String, String> metadata,
                             String idempotencyKey, List<PaymentMethod> methods, Optional<String> customerEmail, URI successUrl,
                             URI cancelUrl) {
    /** Metadata key of the invoice id. */
    public static final String INVOICE_ID = "invoice_id";
    /** Metadata key of the invoice number. */
    public static final String INVOICE_NUMBER = "invoice_number";

    /** Validates every part; adds the invoice id and number to the metadata. */
    public PaymentRequest {
        invoiceId = Checks.text(invoiceId, "invoiceId", 100);
        invoiceNumber = Checks.text(invoiceNumber, "invoiceNumber", 100);
        Checks.required(amount, "amount");
        Checks.check(amount.isPositive(), ErrorCodes.OUT_OF_RANGE, "amount", "must be greater than zero, was " + amount);
        description = Checks.text(description, "description", 500);
        Map<String, String> m = new LinkedHashMap<>(metadata == null ? Map.of() : metadata);
        m.put(INVOICE_ID, invoiceId);
        m.put(INVOICE_NUMBER, invoiceNumber);
        metadata = Map.copyOf(m);
        idempotencyKey = Checks.text(idempotencyKey, "idempotencyKey", 255);
        methods = Checks.nonEmptyList(methods, "methods");
        customerEmail = Checks.optionalText(customerEmail, "customerEmail");
        Checks.required(successUrl, "successUrl");
        Checks.required(cancelUrl, "cancelUrl");
    }
}
