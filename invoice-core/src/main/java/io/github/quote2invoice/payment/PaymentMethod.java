package io.github.quote2invoice.payment;

/** How a payment was actually made. */
public enum PaymentMethod {
    /** Card (online or terminal). */
    CARD,
    /** Bank transfer. */
    BANK_TRANSFER,
    /** SEPA direct debit. */
    DIRECT_DEBIT,
    /** Cash. */
    CASH,
    /** Cheque. */
    CHEQUE,
    /** Anything else. */
    OTHER
}
