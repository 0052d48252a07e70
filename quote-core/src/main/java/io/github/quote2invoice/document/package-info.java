/**
 * The parts quotes and invoices share: quantities and units, discounts, allowances and charges,
 * payment terms, references, notes, and the one totals calculator (EN 16931 rounding).
 */
package io.github.quote2invoice.document;
