/** EN 16931 e-invoices: Factur-X/ZUGFeRD CII and UBL 2.1 writers and readers. */
package io.github.quote2invoice.einvoice;
