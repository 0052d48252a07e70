package io.github.quote2invoice.document;

import io.github.quote2invoice.internal.Checks;

import java.util.Optional;

/**
 * The business references a quote carries to its invoices.
 *
 * @param buyerReference the buyer's own reference (BT-10; the "service exécutant" code for French public buyers)
 * @param purchaseOrder the buyer's order number (BT-13)
 * @param contract the contract reference (BT-12)
 * @param project the project reference (BT-11)
 */
public record References(Optional<String> buyerReference, Optional<String> purchaseOrder, Optional<String> contract,
                         Optional<String> project) {
    /** No reference at all. */
    public static final References NONE = new References(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Validates what is present. */
    public References {
        buyerReference = Checks.optionalText(buyerReference, "buyerReference");
        purchaseOrder = Checks.optionalText(purchaseOrder, "purchaseOrder");
        contract = Checks.optionalText(contract, "contract");
        project = Checks.optionalText(project, "project");
    }

    /** A copy with this purchase order. */
    public References withPurchaseOrder(String po) {
        return new References(buyerReference, Optional.of(po), contract, project);
    }

    /** A copy with this contract. */
    public References withContract(String c) {
        return new References(buyerReference, purchaseOrder, Optional.of(c), project);
    }
}
