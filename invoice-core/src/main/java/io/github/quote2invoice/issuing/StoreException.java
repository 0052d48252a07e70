package io.github.quote2invoice.issuing;

import io.github.quote2invoice.error.Quote2InvoiceException;

/**
 * A store failed for a reason outside the caller's input (database unreachable, serialization failure,
 * deadlock). The transaction was rolled back; retrying may succeed.
 */
public final class StoreException extends Quote2InvoiceException {
    private static final long serialVersionUID = 1L;
    /** The code of this exception. */
    public static final String CODE = "STORE_FAILURE";

    /**
     * @param message what failed
     * @param cause the underlying error
     */
    public StoreException(String message, Throwable cause) {
        super(CODE, "", message, cause);
    }
}
