package io.github.quote2invoice.legal;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.check.AnomalyCodes;
import io.github.quote2invoice.document.PaymentTerms;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.LegalMention;
import io.github.quote2invoice.legal.internal.InvoiceFacts;
import io.github.quote2invoice.legal.internal.MentionTexts;
import io.github.quote2invoice.legal.internal.VatCurrencyRule;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Party;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The generic EU rules (jurisdiction "EU") for sellers outside France: the VAT invoice content of
 * Directive 2006/112/EC art. 226 (VAT numbers, date of supply, exemption references, "Reverse charge")
 * and the late-payment terms of Directive 2011/7/EU (interest, EUR 40 minimum compensation between
 * businesses). National additions (Germany, Belgium...) belong in their own rule sets.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class EuRuleSet implements LegalRuleSet {
    private static final String FR_LAW_INDEMNITY = " (directive 2011/7/UE, art. 6)";
    private static final String EN_LAW_INDEMNITY = " (Directive 2011/7/EU, art. 6)";

    /** A generic EU rule set. Prefer {@link LegalRuleSets#eu()}. */
    public EuRuleSet() {
    }

    @Override
    public String jurisdiction() {
        return "EU";
    }

    @Override
    public List<LegalMention> mentions(Invoice draft, LegalOptions options) {
        Party seller = draft.seller();
        List<LegalMention> out = new ArrayList<>();
        List<String> fr = new ArrayList<>(List.of(seller.name()));
        List<String> en = new ArrayList<>(List.of(seller.name()));
        seller.legalForm().ifPresent(f -> {
            fr.add(f);
            en.add(f);
        });
        seller.registration().ifPresent(r -> {
            fr.add(r);
            en.add(r);
        });
        seller.vatId().ifPresent(v -> {
            fr.add("N° TVA " + v.value());
            en.add("VAT no. " + v.value());
        });
        out.add(new LegalMention(LegalMentionCodes.EU_SELLER_IDENTITY, Optional.empty(), String.join(" - ", fr), String.join(" - ", en)));
        out.addAll(MentionTexts.exemptions(false, InvoiceFacts.rates(draft).keySet()));
        if (draft.kind().isCreditNote()) {
            out.add(MentionTexts.correctedInvoices(LegalMentionCodes.EU_CORRECTED_INVOICE, draft.precedingInvoices()));
        }
        PaymentTerms terms = draft.paymentTerms();
        out.add(MentionTexts.earlyPayment(LegalMentionCodes.EU_EARLY_PAYMENT_DISCOUNT, LegalMentionCodes.EU_NO_EARLY_PAYMENT_DISCOUNT,
                terms.earlyPaymentDiscount()));
        out.add(MentionTexts.latePenalties(LegalMentionCodes.EU_LATE_PENALTIES, terms.latePayment(), "", ""));
        if (draft.buyer().isBusiness()) {
            Money indemnity = terms.latePayment().recoveryIndemnity().orElse(FrenchRuleSet.RECOVERY_INDEMNITY);
            out.add(MentionTexts.recoveryIndemnity(LegalMentionCodes.EU_RECOVERY_INDEMNITY, indemnity, FR_LAW_INDEMNITY, EN_LAW_INDEMNITY));
        }
        return List.copyOf(out);
    }

    @Override
    public List<Anomaly> check(Invoice draft, LegalOptions options) {
        List<Anomaly> out = new ArrayList<>();
        if (draft.seller().vatId().isEmpty()) {
            out.add(Anomaly.error(AnomalyCodes.EU_SELLER_VAT_ID_MISSING, "seller.vatId",
                    "the seller's VAT number is mandatory (Directive 2006/112/EC art. 226(3))"));
        }
        if (InvoiceFacts.needsBuyerVatId(draft) && draft.buyer().vatId().isEmpty()) {
            out.add(Anomaly.error(AnomalyCodes.EU_BUYER_VAT_ID_MISSING, "buyer.vatId",
                    "reverse charge and intra-EU supplies need the buyer's VAT number (Directive 2006/112/EC art. 226(4))"));
        }
        if (InvoiceFacts.needsSupplyDate(draft) && !InvoiceFacts.hasSupplyDate(draft)) {
            out.add(Anomaly.error(AnomalyCodes.EU_DELIVERY_DATE_MISSING, "deliveryDate",
                    "the date of supply is missing (Directive 2006/112/EC art. 226(7))"));
        }
        String country = draft.seller().address().countryCode();
        if (InvoiceFacts.EU_COUNTRIES.contains(country)) {
            VatCurrencyRule.check(draft, InvoiceFacts.nationalCurrency(country), AnomalyCodes.EU_VAT_IN_NATIONAL_CURRENCY_MISSING,
                    "(Directive 2006/112/EC art. 230; BT-6, BT-111)").ifPresent(out::add);
        }
        return List.copyOf(out);
    }
}
