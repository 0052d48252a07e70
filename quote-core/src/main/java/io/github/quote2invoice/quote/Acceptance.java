package io.github.quote2invoice.quote;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Evidence that a quote was accepted: who, when, how, and what exactly was signed.
 *
 * @param acceptedBy the signatory or approver (name and role, or user id)
 * @param acceptedAt when
 * @param method how
 * @param signedDocumentSha256 hex SHA-256 of the signed document (mandatory for e-signatures)
 * @param evidenceReference the signature provider's transaction id, IP trace, approval ticket...
 */
public record Acceptance(String acceptedBy, Instant acceptedAt, AcceptanceMethod method, Optional<String> signedDocumentSha256,
                         Optional<String> evidenceReference) {
    /** Validates every part. */
    public Acceptance {
        acceptedBy = Checks.text(acceptedBy, "acceptedBy", 200);
        Checks.required(acceptedAt, "acceptedAt");
        Checks.required(method, "method");
        signedDocumentSha256 = Checks.optionalText(signedDocumentSha256, "signedDocumentSha256").map(h -> h.toLowerCase(Locale.ROOT));
        signedDocumentSha256.ifPresent(h -> Checks.check(h.matches("[0-9a-f]{64}"), ErrorCodes.INVALID_FORMAT, "signedDocumentSha256",
                "must be 64 hexadecimal characters"));
        evidenceReference = Checks.optionalText(evidenceReference, "evidenceReference");
        if (method == AcceptanceMethod.E_SIGNATURE) {
            Checks.check(signedDocumentSha256.isPresent(), ErrorCodes.REQUIRED, "signedDocumentSha256",
                    "an e-signature needs the hash of the signed document");
        }
    }

    /** An e-signature with the signed document's hash. */
    public static Acceptance eSignature(String by, Instant at, String sha256, String providerReference) {
        return new Acceptance(by, at, AcceptanceMethod.E_SIGNATURE, Optional.of(sha256), Optional.of(providerReference));
    }

    /** An internal approval. */
    public static Acceptance internalApproval(String by, Instant at) {
        return new Acceptance(by, at, AcceptanceMethod.INTERNAL_APPROVAL, Optional.empty(), Optional.empty());
    }

    /** A click-through acceptance. */
    public static Acceptance clickThrough(String by, Instant at, String trace) {
        return new Acceptance(by, at, AcceptanceMethod.CLICK_THROUGH, Optional.empty(), Optional.of(trace));
    }
}
