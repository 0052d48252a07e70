/**
 * The payment ports: {@link io.github.quote2invoice.payment.spi.PaymentGateway} (hosted payment pages
 * and verified notifications, implemented by {@code payments-stripe}) and
 * {@link io.github.quote2invoice.payment.spi.ProcessedEventStore} (each notification processed at most once).
 */
package io.github.quote2invoice.payment.spi;
