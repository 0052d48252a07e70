/** PaymentGateway on Stripe: checkout sessions, payment links, verified webhooks. */
package io.github.quote2invoice.payments.stripe;
