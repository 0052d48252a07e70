package io.github.quote2invoice.legal;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.legal.internal.InvoiceFacts;
import io.github.quote2invoice.party.Party;

/**
 * Chooses the rule set of an invoice from its parties: France when the seller is established or
 * VAT-registered in France, or when a seller from outside the EU invoices a French buyer (the buyer then
 * reverse-charges French VAT and receives under the French reform); the generic EU set otherwise.
 * The rule sets are stateless; the instances returned are shared and immutable.
 */
public final class LegalRuleSets {
    private static final LegalRuleSet FRANCE = new FrenchRuleSet();
    private static final LegalRuleSet EU = new EuRuleSet();

    private LegalRuleSets() {
    }

    /** The French rule set. */
    public static LegalRuleSet france() {
        return FRANCE;
    }

    /** The generic EU rule set. */
    public static LegalRuleSet eu() {
        return EU;
    }

    /**
     * The rule set for an invoice from {@code seller} to {@code buyer}.
     *
     * @throws io.github.quote2invoice.error.InvalidValueException {@code REQUIRED} when a party is null
     */
    public static LegalRuleSet forParties(Party seller, Party buyer) {
        Checks.required(seller, "seller");
        Checks.required(buyer, "buyer");
        String sellerCountry = seller.address().countryCode();
        boolean frenchVat = seller.vatId().map(v -> "FR".equals(v.countryPrefix())).orElse(false);
        if ("FR".equals(sellerCountry) || frenchVat) {
            return FRANCE;
        }
        boolean sellerInEu = InvoiceFacts.EU_COUNTRIES.contains(sellerCountry);
        if (!sellerInEu && "FR".equals(buyer.address().countryCode())) {
            return FRANCE;
        }
        return EU;
    }

    /** {@link #forParties} of the invoice's seller and buyer. */
    public static LegalRuleSet forInvoice(Invoice invoice) {
        Checks.required(invoice, "invoice");
        return forParties(invoice.seller(), invoice.buyer());
    }
}
