package io.github.quote2invoice.render;

import io.github.quote2invoice.error.Quote2InvoiceException;

/**
 * A document could not be rendered: a template failed, a template is missing, the document's data
 * cannot be laid out, or the electronic invoice attached to it could not be produced.
 */
public class RenderException extends Quote2InvoiceException {
    private static final long serialVersionUID = 1L;

    /** The template set has no template of the requested name. */
    public static final String TEMPLATE_NOT_FOUND = "TEMPLATE_NOT_FOUND";
    /** A template raised an error while being evaluated. */
    public static final String TEMPLATE_FAILED = "TEMPLATE_FAILED";
    /** Layout or PDF writing failed. */
    public static final String RENDER_FAILED = "RENDER_FAILED";

    /**
     * Creates the exception.
     *
     * @param code one of the codes of this class
     * @param path the template or field concerned, or ""
     * @param message what went wrong
     * @param cause the underlying cause, may be null
     */
    public RenderException(String code, String path, String message, Throwable cause) {
        super(code, path, message, cause);
    }
}
