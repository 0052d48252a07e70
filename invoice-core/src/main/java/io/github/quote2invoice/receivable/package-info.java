/**
 * Accounts receivable: what issued invoices ask, what was paid, how payments are allocated, credit
 * balances, refunds, and the invoice payment status derived from them ({@link io.github.quote2invoice.receivable.PaymentLedger}).
 * Kept apart from {@code payment} (value types the invoice itself carries) so that package stays free
 * of any dependency on {@code invoice}: the dependency runs invoice -> payment and receivable -> both.
 */
package io.github.quote2invoice.receivable;
