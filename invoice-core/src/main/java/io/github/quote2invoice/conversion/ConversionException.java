package io.github.quote2invoice.conversion;

import io.github.quote2invoice.error.Quote2InvoiceException;

/**
 * A quote, plan or request the conversion engine refuses: nothing was produced. {@link #code()} is one
 * of the constants of this class; {@link #path()} names the field at fault.
 */
public final class ConversionException extends Quote2InvoiceException {
    private static final long serialVersionUID = 1L;

    /** The quote is a draft or was sent but not accepted. */
    public static final String NOT_ACCEPTED = "QUOTE_NOT_ACCEPTED";
    /** The buyer declined the quote. */
    public static final String DECLINED = "QUOTE_DECLINED";
    /** The quote expired unanswered. */
    public static final String EXPIRED = "QUOTE_EXPIRED";
    /** The quote was replaced by a later revision: convert that one. */
    public static final String SUPERSEDED = "QUOTE_SUPERSEDED";
    /** The acceptance evidence does not satisfy the {@link ApprovalPolicy}. */
    public static final String APPROVAL_MISSING = "APPROVAL_MISSING";
    /** The billing plan cannot apply to this quote (unknown line, completion going down...). */
    public static final String INVALID_PLAN = "INVALID_PLAN";
    /** An invoice given as already issued is not usable (a draft, another deal, another currency). */
    public static final String INVALID_HISTORY = "INVALID_HISTORY";
    /** A credit note was asked for a draft, or for more than remains to credit. */
    public static final String INVALID_CREDIT = "INVALID_CREDIT";
    /** A port given in the context (price indexation, index source) failed. */
    public static final String PORT_FAILED = "PORT_FAILED";

    /**
     * @param code one of the constants of this class
     * @param path the field at fault ("" for the whole quote)
     * @param message what is wrong
     */
    public ConversionException(String code, String path, String message) {
        super(code, path, message);
    }

    /**
     * @param code one of the constants of this class
     * @param path the field at fault
     * @param message what is wrong
     * @param cause the underlying failure
     */
    public ConversionException(String code, String path, String message, Throwable cause) {
        super(code, path, message, cause);
    }
}
