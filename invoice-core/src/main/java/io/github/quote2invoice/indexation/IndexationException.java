package io.github.quote2invoice.indexation;

import io.github.quote2invoice.error.Quote2InvoiceException;

/** A price revision could not be computed: an index value it needs is not published (yet). */
public final class IndexationException extends Quote2InvoiceException {
    /** An index value needed by a clause is not in the index source. */
    public static final String INDEX_VALUE_MISSING = "INDEX_VALUE_MISSING";

    private static final long serialVersionUID = 1L;

    /**
     * @param code {@link #INDEX_VALUE_MISSING}
     * @param path the clause field concerned ({@code indexation.baseValue}, {@code indexation.revisionValue})
     * @param message which series and month
     */
    public IndexationException(String code, String path, String message) {
        super(code, path, message);
    }
}
