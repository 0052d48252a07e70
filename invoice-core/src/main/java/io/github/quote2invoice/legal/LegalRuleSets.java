package io.github.quote2invoice.legal;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.check.InvoiceCheck;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.LegalMention;
import io.github.quote2invoice.legal.internal.InvoiceFacts;
import io.github.quote2invoice.party.Party;

import java.util.List;

/**
 * Chooses the rule set of an invoice from its parties: France when the seller is established or
 * VAT-registered in France, or when a seller from outside the EU invoices a French buyer (the buyer then
 * reverse-charges French VAT and receives under the French reform); the generic EU set otherwise.
 * The rule sets are stateless; the instances returned are shared and immutable.
 */
public final class LegalRuleSets {
    private static final LegalRuleSet FRANCE = new FrenchRuleSet();
    private static final LegalRuleSet EU = new EuRuleSet();
    private static final LegalRuleSet BY_PARTIES = new LegalRuleSet() {
        @Override
        public String jurisdiction() {
            return "AUTO";
        }

        @Override
        public List<LegalMention> mentions(Invoice draft, LegalOptions options) {
            return forInvoice(draft).mentions(draft, options);
        }

        @Override
        public List<Anomaly> check(Invoice draft, LegalOptions options) {
            return forInvoice(draft).check(draft, options);
        }
    };

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

    /**
     * A rule set that picks, for each invoice, the rule set of {@link #forInvoice}: for callers that take
     * one rule set (the conversion engine) while their invoices may fall under several jurisdictions.
     * Its {@link LegalRuleSet#jurisdiction()} is "AUTO".
     */
    public static LegalRuleSet byParties() {
        return BY_PARTIES;
    }

    /** The chosen rule set's mandatory-data check as an {@link InvoiceCheck}, for {@code StandardInvoiceChecks.builder().legal(...)}. */
    public static InvoiceCheck check(LegalOptions options) {
        Checks.required(options, "options");
        return draft -> forInvoice(draft).check(draft, options);
    }

    /** {@link #forParties} of the invoice's seller and buyer. */
    public static LegalRuleSet forInvoice(Invoice invoice) {
        Checks.required(invoice, "invoice");
        return forParties(invoice.seller(), invoice.buyer());
    }
}
