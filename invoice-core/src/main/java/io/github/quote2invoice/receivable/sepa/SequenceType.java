package io.github.quote2invoice.receivable.sepa;

/**
 * The SEPA direct debit sequence type (pain.008 {@code SeqTp}). Since the EPC rulebooks of November
 * 2016 a first collection under a recurrent mandate may be sent as {@link #RCUR}; {@link #FRST} stays allowed.
 */
public enum SequenceType {
    /** First collection of a recurrent mandate. */
    FRST,
    /** Recurrent collection. */
    RCUR,
    /** Last collection of a recurrent mandate. */
    FNAL,
    /** One-off mandate: its only collection. */
    OOFF
}
