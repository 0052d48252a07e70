package io.github.quote2invoice.issuing;

/** The lifecycle steps the audit log records. */
public enum AuditAction {
    /** A document was created (a quote or a draft invoice saved for the first time). */
    CREATED,
    /** A draft was changed. */
    UPDATED,
    /** A quote or invoice was sent to the buyer. */
    SENT,
    /** A quote was accepted. */
    ACCEPTED,
    /** A quote was declined. */
    DECLINED,
    /** A quote expired. */
    EXPIRED,
    /** A quote was superseded by a revision. */
    REVISED,
    /** An ERROR anomaly was overridden to issue an invoice (the details hold code and reason). */
    ANOMALY_OVERRIDDEN,
    /** An invoice was numbered, dated and frozen. */
    ISSUED,
    /** A rendered artefact's digest was attached to an issued invoice. */
    ARTEFACT_ATTACHED,
    /** A payment was received (and allocated). */
    PAYMENT_RECEIVED,
    /** Money of a payment went back to the buyer (refund or chargeback); on an invoice: it is due again. */
    PAYMENT_REVERSED,
    /** An invoice became partly paid. */
    PARTLY_PAID,
    /** An invoice became fully paid. */
    PAID,
    /** An invoice went past its due date unpaid. */
    OVERDUE,
    /** A reminder was sent. */
    REMINDED,
    /** An invoice was corrected or cancelled by a credit note. */
    CREDITED
}
