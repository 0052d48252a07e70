package io.github.quote2invoice.issuing;

import io.github.quote2invoice.party.Party;

/** How documents are grouped per company: the key of numbering series and of the audit chain. */
public final class Companies {
    private Companies() {
    }

    /**
     * The company key of a seller: its SIREN (given or from its SIRET), else its VAT number, else
     * {@code name:} and its name. Stable as long as those identifiers are.
     */
    public static String keyOf(Party seller) {
        if (seller.effectiveSiren().isPresent()) {
            return seller.effectiveSiren().get().value();
        }
        if (seller.vatId().isPresent()) {
            return seller.vatId().get().value();
        }
        String name = "name:" + seller.name();
        return name.length() <= 100 ? name : name.substring(0, 100);
    }
}
