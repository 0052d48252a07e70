package io.github.quote2invoice.issuing;

import io.github.quote2invoice.error.Quote2InvoiceException;

/**
 * An issued document was to be changed or deleted. Issued invoices never change: corrections are credit
 * notes. Raised by the stores (and, for the JDBC store, backed by database triggers).
 */
public final class ImmutableDocumentException extends Quote2InvoiceException {
    private static final long serialVersionUID = 1L;
    /** The code of this exception. */
    public static final String CODE = "IMMUTABLE_DOCUMENT";

    private final String documentId;

    /**
     * @param documentId the document concerned
     * @param message what was refused
     */
    public ImmutableDocumentException(String documentId, String message) {
        this(documentId, message, null);
    }

    /**
     * @param documentId the document concerned
     * @param message what was refused
     * @param cause the underlying refusal (a database trigger's error), may be null
     */
    public ImmutableDocumentException(String documentId, String message, Throwable cause) {
        super(CODE, "", message, cause);
        this.documentId = documentId;
    }

    /** The id of the document that was to be changed. */
    public String documentId() {
        return documentId;
    }
}
