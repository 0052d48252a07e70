/** PDF/A-3 rendering of quotes and invoices with embedded Factur-X. */
package io.github.quote2invoice.render.pdf;
