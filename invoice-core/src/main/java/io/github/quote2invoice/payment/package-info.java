/**
 * Payment value types: payments and their allocation to invoices, the payment means an invoice offers,
 * the ISO 11649 creditor reference and the EPC QR payload printed for bank transfers, reversals
 * (refunds, chargebacks), and the request/result exchanged with a payment gateway
 * ({@link io.github.quote2invoice.payment.spi}). This package does not depend on {@code invoice}; the
 * ledger that relates payments to invoices is in {@code io.github.quote2invoice.receivable}.
 */
package io.github.quote2invoice.payment;
