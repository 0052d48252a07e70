package io.github.quote2invoice.issuing;

import io.github.quote2invoice.internal.Checks;

/**
 * What a store kept of a document: its id and the SHA-256 (hex) of the stored representation, which the
 * audit log records so that the stored document can be checked against its trail.
 *
 * @param id the document id
 * @param digest lower-case hex SHA-256 of the stored form (the JDBC store: of the stored JSON's UTF-8 bytes)
 */
public record StoredDocument(String id, String digest) {
    /** Validates presence. */
    public StoredDocument {
        id = Checks.text(id, "id");
        digest = Checks.text(digest, "digest");
    }
}
