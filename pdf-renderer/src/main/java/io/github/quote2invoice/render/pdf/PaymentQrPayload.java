package io.github.quote2invoice.render.pdf;

import io.github.quote2invoice.invoice.Invoice;

import java.util.Optional;

/**
 * The text of the payment QR code printed on an invoice: for a SEPA transfer, the EPC069-12
 * payload (the "GiroCode"/"QR SEPA" a banking app scans). Empty when the invoice should have none.
 */
@FunctionalInterface
public interface PaymentQrPayload {
    /** No QR code on any invoice. */
    PaymentQrPayload NONE = invoice -> Optional.empty();

    /** The payload for {@code invoice}, or empty for no QR code. */
    Optional<String> payload(Invoice invoice);
}
