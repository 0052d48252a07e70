package io.github.quote2invoice.render.pdf;

import io.github.quote2invoice.einvoice.FacturXProfile;
import io.github.quote2invoice.invoice.Invoice;

/**
 * Produces the Factur-X (CII) XML embedded in an invoice PDF. The {@code einvoice} module's CII
 * writer fits ({@code cii::write}); any other writer of the same shape can replace it.
 */
@FunctionalInterface
public interface FacturXXmlWriter {
    /**
     * The UTF-8 XML of {@code invoice} in {@code profile}.
     *
     * @throws io.github.quote2invoice.error.Quote2InvoiceException when the invoice cannot be written in that profile
     */
    byte[] write(Invoice invoice, FacturXProfile profile);
}
