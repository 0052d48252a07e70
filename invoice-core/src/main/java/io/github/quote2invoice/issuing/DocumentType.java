package io.github.quote2invoice.issuing;

/** The kinds of document the stores and the audit log know. */
public enum DocumentType {
    /** A quote (devis). */
    QUOTE,
    /** An invoice or credit note. */
    INVOICE,
    /** A payment received. */
    PAYMENT
}
