package io.github.quote2invoice.quote;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.Quote2InvoiceException;

/** A lifecycle step was asked of a quote whose status does not allow it. Code {@code ILLEGAL_STATE}. */
public final class QuoteStateException extends Quote2InvoiceException {
    private static final long serialVersionUID = 1L;

    private final QuoteStatus status;

    /**
     * @param status the quote's status
     * @param message what was refused and why
     */
    public QuoteStateException(QuoteStatus status, String message) {
        super(ErrorCodes.ILLEGAL_STATE, "status", message);
        this.status = status;
    }

    /** The status the quote was in. */
    public QuoteStatus status() {
        return status;
    }
}
