package io.github.quote2invoice.invoice;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.Quote2InvoiceException;

/** A step was asked of an invoice whose status does not allow it (editing an issued invoice...). */
public final class InvoiceStateException extends Quote2InvoiceException {
    private static final long serialVersionUID = 1L;

    private final InvoiceStatus status;

    /**
     * @param status the invoice's status
     * @param message what was refused and why
     */
    public InvoiceStateException(InvoiceStatus status, String message) {
        super(ErrorCodes.ILLEGAL_STATE, "status", message);
        this.status = status;
    }

    /** The status the invoice was in. */
    public InvoiceStatus status() {
        return status;
    }
}
