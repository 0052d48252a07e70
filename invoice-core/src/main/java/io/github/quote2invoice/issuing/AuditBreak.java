package io.github.quote2invoice.issuing;

/**
 * The first place where an audit chain does not hold.
 *
 * @param sequence the sequence number of the record at fault (the missing one for {@link Kind#REMOVED})
 * @param kind what was found
 * @param message a readable explanation
 */
public record AuditBreak(long sequence, Kind kind, String message) {
    /** What went wrong with the record. */
    public enum Kind {
        /** Its content no longer matches its digest, or it was rewritten with a new digest. */
        ALTERED,
        /** It is missing. */
        REMOVED,
        /** It is out of place. */
        REORDERED
    }
}
