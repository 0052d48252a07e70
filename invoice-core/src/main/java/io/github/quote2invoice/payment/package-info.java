/** Payments, their allocation to invoices, and the payment means an invoice offers. */
package io.github.quote2invoice.payment;
