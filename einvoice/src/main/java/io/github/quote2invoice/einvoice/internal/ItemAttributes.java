package io.github.quote2invoice.einvoice.internal;

/**
 * The item attribute names (EN 16931 BG-32, BT-160 name / BT-161 value) under which the writers carry
 * line facts that have no business term of their own, so a reader gets them back. Stable: changing
 * one breaks reading documents written before.
 */
public final class ItemAttributes {
    /** Goods or services ({@code GOODS}, {@code SERVICES}). */
    public static final String NATURE = "Nature";
    /** The quote line the invoice line comes from. */
    public static final String SOURCE_LINE = "Quote line";
    /** Progress invoice: completion to date, percent. */
    public static final String PROGRESS_CUMULATIVE_PERCENT = "Cumulative completion %";
    /** Progress invoice: completion billed before, percent. */
    public static final String PROGRESS_PREVIOUS_PERCENT = "Previous completion %";
    /** Progress invoice: the quote line's amount (100 %). */
    public static final String PROGRESS_CONTRACT_AMOUNT = "Contract amount";
    /** Progress invoice: the amount of the cumulative completion. */
    public static final String PROGRESS_CUMULATIVE_AMOUNT = "Cumulative amount";
    /** Progress invoice: what earlier situations billed. */
    public static final String PROGRESS_PREVIOUSLY_BILLED = "Previously billed";
    /** Price revision: index series. */
    public static final String INDEX_NAME = "Index";
    /** Price revision: base month (yyyy-MM). */
    public static final String INDEX_BASE_MONTH = "Index base month";
    /** Price revision: base value I0. */
    public static final String INDEX_BASE_VALUE = "Index base value";
    /** Price revision: revision month (yyyy-MM). */
    public static final String INDEX_REVISION_MONTH = "Index revision month";
    /** Price revision: value I. */
    public static final String INDEX_REVISION_VALUE = "Index revision value";
    /** Price revision: {@code true} when I was provisional. */
    public static final String INDEX_PROVISIONAL = "Index provisional";
    /** Price revision: the coefficient applied. */
    public static final String INDEX_COEFFICIENT = "Revision coefficient";
    /** Price revision: the original unit price P0. */
    public static final String INDEX_ORIGINAL_PRICE = "Original unit price";
    /** Deduction line: the number of the deposit invoice deducted. */
    public static final String DEPOSIT_NUMBER = "Deposit invoice";
    /** Deduction line: the VAT of the deposit for this rate, as settled by the deposit invoice. */
    public static final String DEPOSIT_VAT = "Deposit VAT";

    private ItemAttributes() {
    }
}
