/** Not API: the mapping of Stripe events to gateway events. */
package io.github.quote2invoice.payments.stripe.internal;
