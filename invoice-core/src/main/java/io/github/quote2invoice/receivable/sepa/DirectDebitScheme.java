package io.github.quote2invoice.receivable.sepa;

/** The SEPA direct debit scheme (pain.008 {@code LclInstrm/Cd}). */
public enum DirectDebitScheme {
    /** SDD Core: consumers and businesses; the debtor may ask a refund for 8 weeks. */
    CORE,
    /** SDD Business to Business: businesses only, no refund right, the debtor's bank must know the mandate. */
    B2B
}
