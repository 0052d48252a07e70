package io.github.quote2invoice.issuing;

import io.github.quote2invoice.error.Quote2InvoiceException;

import java.time.LocalDate;

/**
 * Issuing would give a later number an earlier issue date than its predecessor (a clock set back, or two
 * machines whose clocks disagree around midnight). French law wants numbers chronological: nothing was issued.
 */
public final class ChronologyException extends Quote2InvoiceException {
    private static final long serialVersionUID = 1L;
    /** The code of this exception. */
    public static final String CODE = "CHRONOLOGY";

    private final transient SequenceKey key;
    private final LocalDate lastIssueDate;
    private final LocalDate requestedDate;

    /**
     * @param key the counter
     * @param lastIssueDate the issue date of the number last taken
     * @param requestedDate the issue date refused
     */
    public ChronologyException(SequenceKey key, LocalDate lastIssueDate, LocalDate requestedDate) {
        super(CODE, "issueDate", "series " + key.series() + " (" + key.period() + ") of " + key.company() + " already issued a number dated "
                + lastIssueDate + "; a later number cannot be dated " + requestedDate);
        this.key = key;
        this.lastIssueDate = lastIssueDate;
        this.requestedDate = requestedDate;
    }

    /** The counter concerned. */
    public SequenceKey key() {
        return key;
    }

    /** The issue date of the number last taken. */
    public LocalDate lastIssueDate() {
        return lastIssueDate;
    }

    /** The issue date that was refused. */
    public LocalDate requestedDate() {
        return requestedDate;
    }
}
