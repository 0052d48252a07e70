package io.github.quote2invoice.einvoice.internal;

import io.github.quote2invoice.einvoice.EInvoiceException;
import io.github.quote2invoice.invoice.Invoice;

/** What every writer requires of an invoice before writing it. */
public final class Exportable {
    private Exportable() {
    }

    /**
     * Refuses a draft: an e-invoice must carry its number (BT-1) and issue date (BT-2), and a number
     * invented for a draft would be a second document with the same identity.
     *
     * @throws EInvoiceException {@code EINVOICE_NOT_EXPORTABLE}
     */
    public static void require(Invoice invoice) {
        if (invoice == null) {
            throw new EInvoiceException(EInvoiceException.NOT_EXPORTABLE, "invoice", "is required");
        }
        if (invoice.number().isEmpty() || invoice.issueDate().isEmpty()) {
            throw new EInvoiceException(EInvoiceException.NOT_EXPORTABLE, "number",
                    "invoice " + invoice.id() + " is a draft: issue it (number and date) before writing an e-invoice");
        }
    }
}
