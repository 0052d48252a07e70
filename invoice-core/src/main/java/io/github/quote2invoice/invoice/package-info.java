/** Invoices and credit notes: kinds, lines, totals, deposits deducted, legal mentions, status. */
package io.github.quote2invoice.invoice;
