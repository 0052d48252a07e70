package io.github.quote2invoice.issuing;

/** When a numbering series starts again at 1. */
public enum ResetPolicy {
    /** Never: one counter for the life of the series. */
    NEVER,
    /** On January 1st. */
    YEARLY,
    /** On the first day of the company's fiscal year (see {@link NumberingSeries#fiscalYearStart()}). */
    FISCAL_YEAR
}
