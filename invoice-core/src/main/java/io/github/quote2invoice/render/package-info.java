/**
 * The rendering ports: turn a quote or an invoice into a document a person reads (a PDF, typically).
 * Pure interfaces; the adapters ({@code PdfInvoiceRenderer}, {@code PdfQuoteRenderer} in the
 * {@code pdf-renderer} module) hold the technology.
 */
package io.github.quote2invoice.render;
