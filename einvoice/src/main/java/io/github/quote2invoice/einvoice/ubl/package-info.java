/** OASIS UBL 2.1 Invoice and CreditNote writer and reader, following Peppol BIS Billing 3.0. */
package io.github.quote2invoice.einvoice.ubl;
