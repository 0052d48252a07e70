package io.github.quote2invoice.receivable;

import io.github.quote2invoice.error.Quote2InvoiceException;

/**
 * The {@link PaymentLedger} refused an operation that would break one of its rules: never allocate
 * more than was paid, never more than is due, never count anything twice. The ledger the operation
 * was asked of is unchanged (ledgers are immutable).
 */
public final class PaymentLedgerException extends Quote2InvoiceException {
    private static final long serialVersionUID = 1L;

    /** The invoice is not in the ledger. */
    public static final String UNKNOWN_INVOICE = "UNKNOWN_INVOICE";
    /** The payment is not in the ledger. */
    public static final String UNKNOWN_PAYMENT = "UNKNOWN_PAYMENT";
    /** The allocation is more than what remains unallocated of the payment. */
    public static final String EXCEEDS_PAYMENT = "ALLOCATION_EXCEEDS_PAYMENT";
    /** The allocation is more than the invoice's amount due. */
    public static final String EXCEEDS_DUE = "ALLOCATION_EXCEEDS_DUE";
    /** A refund or chargeback is more than what remains of the payment. */
    public static final String REVERSAL_EXCEEDS_PAYMENT = "REVERSAL_EXCEEDS_PAYMENT";
    /** Credit notes would credit more than the invoice was for. */
    public static final String CREDIT_EXCEEDS_INVOICE = "CREDIT_EXCEEDS_INVOICE";
    /** An id was already used for something different. */
    public static final String DUPLICATE = "DUPLICATE";
    /** A book kept in a journal could not be updated: other writers kept appending first. */
    public static final String CONCURRENT_UPDATES = "CONCURRENT_UPDATES";

    /**
     * @param code one of the constants of this class
     * @param path the offending field
     * @param message what was refused and the figures involved
     */
    public PaymentLedgerException(String code, String path, String message) {
        super(code, path, message);
    }
}
