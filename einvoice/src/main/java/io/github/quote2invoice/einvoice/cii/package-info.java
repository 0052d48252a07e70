/** Factur-X / ZUGFeRD 2.x Cross Industry Invoice (UN/CEFACT CII D16B) writer and reader. */
package io.github.quote2invoice.einvoice.cii;
