package io.github.quote2invoice.issuing;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;

/**
 * The digest of one rendered artefact of an issued invoice (its PDF/A-3, its CII or UBL XML), kept with
 * the invoice so that a file produced later can be checked against what was issued.
 *
 * @param invoiceId the issued invoice
 * @param name the artefact's name, e.g. {@code FA-2026-000042.pdf}, {@code factur-x.xml}
 * @param mediaType its media type, e.g. {@code application/pdf}
 * @param sha256 lower-case hex SHA-256 of its bytes
 */
public record ArtefactDigest(String invoiceId, String name, String mediaType, String sha256) {
    /** Validates presence and the digest's form. */
    public ArtefactDigest {
        invoiceId = Checks.text(invoiceId, "invoiceId", 100);
        name = Checks.text(name, "name", 200);
        mediaType = Checks.text(mediaType, "mediaType", 100);
        sha256 = Checks.text(sha256, "sha256");
        Checks.check(sha256.matches("[0-9a-f]{64}"), ErrorCodes.INVALID_FORMAT, "sha256", "must be 64 lower-case hex digits");
    }
}
