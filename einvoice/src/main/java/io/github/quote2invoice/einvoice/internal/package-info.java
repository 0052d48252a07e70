/** Implementation details of the e-invoice writers and readers. Not API: may change without notice. */
package io.github.quote2invoice.einvoice.internal;
