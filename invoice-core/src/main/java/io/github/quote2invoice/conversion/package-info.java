/**
 * The conversion engine: an accepted quote and a billing plan in, draft invoices and anomalies out.
 *
 * <p>Start with {@link io.github.quote2invoice.conversion.ConversionEngine}; describe how the quote is
 * billed with a {@link io.github.quote2invoice.conversion.BillingPlan}; pass the facts of the moment
 * (invoicing date, invoices already issued, events reached, ports) in a
 * {@link io.github.quote2invoice.conversion.ConversionContext}. Everything here is pure and immutable.
 */
package io.github.quote2invoice.conversion;
