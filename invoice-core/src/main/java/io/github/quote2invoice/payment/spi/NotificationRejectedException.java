package io.github.quote2invoice.payment.spi;

import io.github.quote2invoice.error.Quote2InvoiceException;

/**
 * A notification was refused before anything was recorded: it is not proven to come from the
 * provider, or it cannot be read. Answer the caller with HTTP 400; nothing changed.
 */
public final class NotificationRejectedException extends Quote2InvoiceException {
    private static final long serialVersionUID = 1L;

    /** No signature header. */
    public static final String SIGNATURE_MISSING = "SIGNATURE_MISSING";
    /** The signature does not match the body and the secret. */
    public static final String SIGNATURE_INVALID = "SIGNATURE_INVALID";
    /** The signed timestamp is outside the tolerance (a replayed old notification). */
    public static final String TIMESTAMP_OUT_OF_TOLERANCE = "TIMESTAMP_OUT_OF_TOLERANCE";
    /** Signed, but not a notification this library can read. */
    public static final String MALFORMED = "MALFORMED_NOTIFICATION";

    /**
     * @param code one of the constants of this class
     * @param message what was wrong
     * @param cause the provider library's exception, may be null
     */
    public NotificationRejectedException(String code, String message, Throwable cause) {
        super(code, "notification", message, cause);
    }
}
