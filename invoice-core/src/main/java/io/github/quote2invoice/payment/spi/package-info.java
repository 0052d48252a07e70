/**
 * The payment ports: {@link io.github.quote2invoice.payment.spi.PaymentGateway} (hosted payment pages
 * and verified notifications, implemented by {@code payments-stripe}), with the events it reports; a
 * {@code receivable.GatewayEventRecorder} records each event at most once.
 */
package io.github.quote2invoice.payment.spi;
