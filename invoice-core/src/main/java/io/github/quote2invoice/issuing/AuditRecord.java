package io.github.quote2invoice.issuing;

import io.github.quote2invoice.internal.Checks;

/**
 * One link of a company's audit chain: the entry, its place, the digest of the record before it and its
 * own digest ({@link AuditChain#digestOf}).
 *
 * @param sequence 1 for the company's first record, then +1
 * @param entry what happened
 * @param previousDigest the digest of record {@code sequence - 1} ({@link AuditChain#GENESIS} for the first)
 * @param digest SHA-256 (hex) over the sequence, the entry's fields and {@code previousDigest}
 */
public record AuditRecord(long sequence, AuditEntry entry, String previousDigest, String digest) {
    /** Validates presence. */
    public AuditRecord {
        Checks.required(entry, "entry");
        previousDigest = Checks.text(previousDigest, "previousDigest");
        digest = Checks.text(digest, "digest");
    }

    /** Builds the record that follows {@code previousDigest} at {@code sequence}, computing its digest. */
    public static AuditRecord chain(long sequence, AuditEntry entry, String previousDigest) {
        return new AuditRecord(sequence, entry, previousDigest, AuditChain.digestOf(sequence, entry, previousDigest));
    }
}
