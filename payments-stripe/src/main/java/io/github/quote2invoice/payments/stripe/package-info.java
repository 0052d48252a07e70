/**
 * {@link io.github.quote2invoice.payment.spi.PaymentGateway} on Stripe ({@code com.stripe:stripe-java}):
 * Checkout Sessions for issued invoices (card and SEPA debit) with idempotency keys, and verified
 * webhooks mapped to payments, declines, refunds and disputes.
 */
package io.github.quote2invoice.payments.stripe;
