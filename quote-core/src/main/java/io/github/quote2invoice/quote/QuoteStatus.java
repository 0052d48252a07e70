package io.github.quote2invoice.quote;

/** Where a quote stands in its lifecycle. */
public enum QuoteStatus {
    /** Being written; may change freely. */
    DRAFT,
    /** Sent to the buyer, awaiting an answer. */
    SENT,
    /** Accepted with evidence; ready to convert into invoices. */
    ACCEPTED,
    /** Declined by the buyer. */
    DECLINED,
    /** Its validity date passed without acceptance. */
    EXPIRED,
    /** Replaced by a later revision (avenant / change order). */
    SUPERSEDED
}
