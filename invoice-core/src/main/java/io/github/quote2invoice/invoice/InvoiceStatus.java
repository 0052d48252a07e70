package io.github.quote2invoice.invoice;

/** Where an invoice stands. Only a DRAFT may change; the others follow issuing and payments. */
public enum InvoiceStatus {
    /** Not yet issued: no number, may change freely. */
    DRAFT,
    /** Numbered, dated, frozen; nothing paid yet. */
    ISSUED,
    /** Some but not all of the amount due is paid. */
    PARTLY_PAID,
    /** Fully paid. */
    PAID,
    /** Past its due date and not fully paid. */
    OVERDUE,
    /** Cancelled by a credit note for its full amount. */
    CANCELLED;

    /** True for every status but DRAFT. */
    public boolean isIssued() {
        return this != DRAFT;
    }
}
