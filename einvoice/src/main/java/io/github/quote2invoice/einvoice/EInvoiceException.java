package io.github.quote2invoice.einvoice;

import io.github.quote2invoice.error.Quote2InvoiceException;

/**
 * An e-invoice could not be written or read: a draft has no number to send, a document is not
 * well-formed, too large, uses a DTD, or lacks a business term the model requires.
 *
 * <p>{@link #code()} is one of the constants below; {@link #path()} names the invoice field (when
 * writing) or the XML element (when reading) at fault.
 */
public final class EInvoiceException extends Quote2InvoiceException {
    private static final long serialVersionUID = 1L;

    /** The invoice cannot be expressed in the format (a draft without number, an unsupported value). */
    public static final String NOT_EXPORTABLE = "EINVOICE_NOT_EXPORTABLE";
    /** The XML is not well-formed, uses a DTD or external entity, or exceeds the size limit. */
    public static final String MALFORMED = "EINVOICE_MALFORMED";
    /** The XML is well-formed but is not an invoice of the expected format (wrong root element). */
    public static final String UNSUPPORTED = "EINVOICE_UNSUPPORTED";
    /** A business term the model needs is missing or invalid in the XML. */
    public static final String INVALID_CONTENT = "EINVOICE_INVALID_CONTENT";

    /**
     * @param code one of the constants of this class
     * @param path the invoice field or XML element at fault, "" for the whole document
     * @param message what is wrong
     */
    public EInvoiceException(String code, String path, String message) {
        super(code, path, message);
    }

    /**
     * @param code one of the constants of this class
     * @param path the invoice field or XML element at fault, "" for the whole document
     * @param message what is wrong
     * @param cause the underlying error
     */
    public EInvoiceException(String code, String path, String message, Throwable cause) {
        super(code, path, message, cause);
    }
}
