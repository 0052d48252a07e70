package io.github.quote2invoice.issuing.spi;

import io.github.quote2invoice.issuing.AuditChain;
import io.github.quote2invoice.issuing.AuditEntry;
import io.github.quote2invoice.issuing.AuditRecord;
import io.github.quote2invoice.issuing.AuditVerification;

import java.util.List;

/**
 * The append-only, hash-chained audit log: one chain per company, each record carrying the digest of
 * the one before (see {@link AuditChain}). Appends run in the caller's transaction and are serialized
 * per company; nothing is ever updated or deleted.
 */
public interface AuditLog {
    /** Appends an entry at the end of its company's chain and returns the record written. */
    AuditRecord append(AuditEntry entry);

    /** The company's records in ascending sequence order, as stored. */
    List<AuditRecord> records(String company);

    /** The sequence of the company's last appended record according to the log's head, 0 when none. */
    long lastSequence(String company);

    /** Walks the company's chain and reports the first record altered, removed or reordered. */
    default AuditVerification verify(String company) {
        return AuditChain.verify(company, records(company), lastSequence(company));
    }
}
