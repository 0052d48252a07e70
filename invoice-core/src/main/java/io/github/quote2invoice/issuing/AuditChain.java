package io.github.quote2invoice.issuing;

import io.github.quote2invoice.internal.Sha256;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The hash chain of the audit log: how a record's digest is computed and how a chain is verified. Shared
 * by every {@code AuditLog} implementation so that a chain written by one can be checked by another.
 */
public final class AuditChain {
    /** The "previous digest" of a company's first record. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /**
     * SHA-256 (lower-case hex) over the sequence, every field of the entry and the previous digest. Each
     * field is written with its length first, so that no two different records share an input.
     */
    public static String digestOf(long sequence, AuditEntry e, String previousDigest) {
        StringBuilder b = new StringBuilder(256);
        field(b, Long.toString(sequence));
        appendEntryFields(b, e);
        field(b, previousDigest);
        return Sha256.hex(b.toString());
    }

    /**
     * The middle of a record's digest input: the entry's fields, each as {@code <length>:<value>\n}
     * (length in UTF-16 units). The whole input is the sequence as such a field, this text, then the
     * previous digest as such a field, hashed as UTF-8. Lets a store compute a record's digest where the
     * chain's head is (in the database, for one), exactly as {@link #digestOf} does.
     */
    public static String entryFields(AuditEntry e) {
        StringBuilder b = new StringBuilder(256);
        appendEntryFields(b, e);
        return b.toString();
    }

    private static void appendEntryFields(StringBuilder b, AuditEntry e) {
        field(b, e.company());
        field(b, e.documentType().name());
        field(b, e.documentId());
        field(b, e.action().name());
        field(b, e.actor());
        field(b, e.occurredAt().toString());
        field(b, e.documentDigest());
        field(b, e.details());
    }

    private static void field(StringBuilder b, String value) {
        b.append(value.length()).append(':').append(value).append('\n');
    }

    /**
     * Walks a company's chain and reports the first record that was altered, removed or reordered.
     *
     * @param company the chain's company
     * @param records the records as stored, in ascending sequence order
     * @param lastSequence the sequence the log's head says was appended last (0 when unknown or none):
     *                     catches removal of the newest records
     */
    public static AuditVerification verify(String company, List<AuditRecord> records, long lastSequence) {
        String previous = GENESIS;
        long expected = 1;
        for (AuditRecord r : records) {
            if (r.sequence() > expected) {
                return broken(company, records, new AuditBreak(expected, AuditBreak.Kind.REMOVED,
                        "record #" + expected + " is missing: the chain jumps to #" + r.sequence()));
            }
            if (r.sequence() < expected) {
                return broken(company, records, new AuditBreak(r.sequence(), AuditBreak.Kind.REORDERED,
                        "record #" + r.sequence() + " appears again after #" + (expected - 1)));
            }
            if (!digestOf(r.sequence(), r.entry(), r.previousDigest()).equals(r.digest())) {
                long written = writtenAs(r, Math.max(records.size(), lastSequence) + 1);
                if (written > 0) {
                    return broken(company, records, new AuditBreak(r.sequence(), AuditBreak.Kind.REORDERED,
                            "record #" + r.sequence() + " holds the record written as #" + written + ": records were moved"));
                }
                return broken(company, records, new AuditBreak(r.sequence(), AuditBreak.Kind.ALTERED,
                        "record #" + r.sequence() + " (" + r.entry().action() + " " + r.entry().documentId()
                                + ") no longer matches its digest: its content was changed"));
            }
            if (!r.previousDigest().equals(previous)) {
                if (digestsOf(records).contains(r.previousDigest())) {
                    return broken(company, records, new AuditBreak(r.sequence(), AuditBreak.Kind.REORDERED,
                            "record #" + r.sequence() + " is chained to another record than #" + (expected - 1)));
                }
                return broken(company, records, new AuditBreak(expected - 1, AuditBreak.Kind.ALTERED,
                        "record #" + (expected - 1) + " was rewritten: record #" + r.sequence() + " was chained to a different digest"));
            }
            previous = r.digest();
            expected++;
        }
        if (lastSequence >= expected) {
            return broken(company, records, new AuditBreak(expected, AuditBreak.Kind.REMOVED,
                    "records #" + expected + " to #" + lastSequence + " are missing from the end of the chain"));
        }
        return new AuditVerification(company, records.size(), Optional.empty());
    }

    /**
     * Checks a chain record by record, in ascending sequence order, keeping nothing but the last digest:
     * how a store verifies a long chain without holding it in memory. It only says whether everything so
     * far is in place; at the first record that is not, the store runs {@link #verify} over the whole
     * chain to name what happened (altered, removed or reordered), which needs all of it. Not thread-safe.
     */
    public static final class Walk {
        private String previous = GENESIS;
        private long expected = 1;
        private boolean broken;

        /** Takes the next record; false (from then on) when it is not the one the chain expects. */
        public boolean accept(AuditRecord r) {
            if (broken || r.sequence() != expected || !r.previousDigest().equals(previous)
                    || !digestOf(r.sequence(), r.entry(), r.previousDigest()).equals(r.digest())) {
                broken = true;
                return false;
            }
            previous = r.digest();
            expected++;
            return true;
        }

        /** True when every record taken was in place and the chain ends where its head says ({@code lastSequence}, 0 when unknown). */
        public boolean intactUpTo(long lastSequence) {
            return !broken && lastSequence < expected;
        }

        /** The records taken in place so far. */
        public long count() {
            return expected - 1;
        }
    }

    /** The sequence a record's intact content was written at, 0 when no sequence matches (its content changed). */
    private static long writtenAs(AuditRecord r, long maxSequence) {
        for (long k = 1; k <= maxSequence; k++) {
            if (k != r.sequence() && digestOf(k, r.entry(), r.previousDigest()).equals(r.digest())) {
                return k;
            }
        }
        return 0;
    }

    private static Set<String> digestsOf(List<AuditRecord> records) {
        Set<String> all = new HashSet<>();
        for (AuditRecord r : records) {
            all.add(r.digest());
        }
        return all;
    }

    private static AuditVerification broken(String company, List<AuditRecord> records, AuditBreak b) {
        return new AuditVerification(company, records.size(), Optional.of(b));
    }
}
