package io.github.quote2invoice.einvoice.ubl;

import io.github.quote2invoice.einvoice.EInvoiceException;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.party.ElectronicAddress;
import io.github.quote2invoice.party.Party;

import java.util.Optional;

/**
 * What Peppol BIS Billing 3.0 requires beyond EN 16931 and the writer cannot make up: a buyer or order
 * reference (PEPPOL-EN16931-R003) and each party's electronic address (R010, R020) in a scheme the
 * Peppol network routes (CL008: not e-mail). Refused before anything is written.
 */
final class PeppolRequirements {
    private PeppolRequirements() {
    }

    static void require(Invoice inv) {
        if (inv.references().buyerReference().isEmpty() && inv.references().purchaseOrder().isEmpty()) {
            throw refused("references.buyerReference", "Peppol needs a buyer reference (BT-10) or a purchase order reference (BT-13): "
                    + "PEPPOL-EN16931-R003");
        }
        address(inv.seller(), "seller", "R020");
        address(inv.buyer(), "buyer", "R010");
    }

    private static void address(Party p, String path, String rule) {
        Optional<ElectronicAddress> a = p.electronicAddress();
        if (a.isEmpty()) {
            throw refused(path + ".electronicAddress", "Peppol needs the " + path + "'s electronic address (PEPPOL-EN16931-" + rule + ")");
        }
        if ("EM".equals(a.get().scheme())) {
            throw refused(path + ".electronicAddress.scheme", "Peppol does not route to e-mail addresses (EAS code EM, PEPPOL-EN16931-CL008)");
        }
    }

    private static EInvoiceException refused(String path, String message) {
        return new EInvoiceException(EInvoiceException.NOT_EXPORTABLE, path, message);
    }
}
