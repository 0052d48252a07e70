package io.github.quote2invoice.issuing;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.Quote2InvoiceException;

/**
 * A document was to be created under an id (or an invoice number) that is already taken by another
 * document, possibly by a concurrent transaction. Nothing was written.
 */
public final class DocumentConflictException extends Quote2InvoiceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param path the conflicting key ({@code id}, {@code number})
     * @param message what conflicts
     * @param cause the underlying error (a unique-key violation), may be null
     */
    public DocumentConflictException(String path, String message, Throwable cause) {
        super(ErrorCodes.DUPLICATE, path, message, cause);
    }
}
