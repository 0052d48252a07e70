package io.github.quote2invoice.legal;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.check.AnomalyCodes;
import io.github.quote2invoice.document.EarlyPaymentDiscount;
import io.github.quote2invoice.document.LatePaymentTerms;
import io.github.quote2invoice.document.PaymentTerms;
import io.github.quote2invoice.invoice.DepositDeduction;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.LegalMention;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.legal.internal.Formats;
import io.github.quote2invoice.legal.internal.InvoiceFacts;
import io.github.quote2invoice.legal.internal.LastComputed;
import io.github.quote2invoice.legal.internal.MentionTexts;
import io.github.quote2invoice.legal.internal.VatCurrencyRule;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Address;
import io.github.quote2invoice.party.Insurance;
import io.github.quote2invoice.party.Party;
import io.github.quote2invoice.party.PartyType;
import io.github.quote2invoice.tax.VatRate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The French invoicing rules (jurisdiction "FR"): the mentions of the Code de commerce (L441-9,
 * L441-10, D441-5, R123-237/238), of the CGI (art. 242 nonies A of annex II, art. 293 B/293 E, art.
 * 262 ter I, art. 262 I), of the 2026 e-invoicing reform (décret n° 2022-1299: buyer SIREN, delivery
 * address, nature of the operations, option for VAT on debits), the "EI" of sole traders (L526-22)
 * and the building trades' insurance; and the anomalies for missing mandatory data.
 *
 * <p>Thread-safe. The mentions built from the seller and from the payment terms are kept for the last
 * seller and terms seen (one entry each, reused while equal): a business issues under one identity.
 */
public final class FrenchRuleSet implements LegalRuleSet {
    /** The statutory recovery indemnity between businesses: EUR 40 (Code de commerce D441-5). */
    public static final Money RECOVERY_INDEMNITY = Money.of(new BigDecimal("40"), Currency.getInstance("EUR"));

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String FR_LAW_PENALTIES = " (art. L441-10 du Code de commerce)";
    private static final String EN_LAW_PENALTIES = " (French Commercial Code, art. L441-10)";
    private static final String FR_LAW_INDEMNITY = " (art. L441-10 et D441-5 du Code de commerce)";
    private static final String EN_LAW_INDEMNITY = " (French Commercial Code, art. L441-10 and D441-5)";

    private final LastComputed<Party, LegalMention> identities = new LastComputed<>(FrenchRuleSet::sellerIdentity);
    private final LastComputed<Optional<EarlyPaymentDiscount>, LegalMention> earlyPayments = new LastComputed<>(
            d -> MentionTexts.earlyPayment(LegalMentionCodes.FR_EARLY_PAYMENT_DISCOUNT, LegalMentionCodes.FR_NO_EARLY_PAYMENT_DISCOUNT, d));
    private final LastComputed<LatePaymentTerms, LegalMention> penalties = new LastComputed<>(
            t -> MentionTexts.latePenalties(LegalMentionCodes.FR_LATE_PENALTIES, t, FR_LAW_PENALTIES, EN_LAW_PENALTIES));
    private final LastComputed<Money, LegalMention> indemnities = new LastComputed<>(
            m -> MentionTexts.recoveryIndemnity(LegalMentionCodes.FR_RECOVERY_INDEMNITY, m, FR_LAW_INDEMNITY, EN_LAW_INDEMNITY));

    /** A French rule set. Prefer {@link LegalRuleSets#france()}. */
    public FrenchRuleSet() {
    }

    @Override
    public String jurisdiction() {
        return "FR";
    }

    @Override
    public List<LegalMention> mentions(Invoice draft, LegalOptions options) {
        Party seller = draft.seller();
        Party buyer = draft.buyer();
        List<LegalMention> out = new ArrayList<>();
        out.add(identities.get(seller));
        if (seller.type() == PartyType.SOLE_TRADER) {
            // L526-22: the name is immediately preceded or followed by "entrepreneur individuel" or "EI".
            out.add(new LegalMention(LegalMentionCodes.FR_SOLE_TRADER, Optional.empty(), seller.name() + " EI",
                    seller.name() + " EI (entrepreneur individuel, French sole trader)"));
        }
        out.addAll(MentionTexts.exemptions(true, InvoiceFacts.rates(draft).keySet()));
        if (options.vatOnDebits()) {
            out.add(new LegalMention(LegalMentionCodes.FR_VAT_ON_DEBITS, Optional.empty(),
                    "Option pour le paiement de la taxe d'après les débits", "Option for payment of VAT on debits (accrual basis)"));
        }
        buyer.effectiveSiren().ifPresent(s -> out.add(new LegalMention(LegalMentionCodes.FR_BUYER_SIREN, Optional.empty(),
                "SIREN du client : " + Formats.siren(s.value()), "Customer SIREN: " + Formats.siren(s.value()))));
        draft.deliveryAddress().filter(a -> !a.equals(buyer.address())).ifPresent(a -> out.add(deliveryAddress(a)));
        OperationNature nature = OperationNature.of(draft.lines());
        out.add(new LegalMention(LegalMentionCodes.FR_OPERATION_NATURE, Optional.empty(),
                "Nature des opérations : " + nature.french(), "Nature of the operations: " + nature.english()));
        if (draft.kind().isCreditNote()) {
            out.add(MentionTexts.correctedInvoices(LegalMentionCodes.FR_CORRECTED_INVOICE, draft.precedingInvoices()));
        }
        if (!draft.deductions().isEmpty()) {
            List<PrecedingInvoice> deposits = draft.deductions().stream().map(DepositDeduction::deposit).toList();
            out.add(MentionTexts.depositsDeducted(LegalMentionCodes.FR_DEPOSITS_DEDUCTED, deposits));
        }
        PaymentTerms terms = draft.paymentTerms();
        out.add(earlyPayments.get(terms.earlyPaymentDiscount()));
        out.add(penalties.get(terms.latePayment()));
        if (buyer.isBusiness()) {
            out.add(indemnities.get(terms.latePayment().recoveryIndemnity().orElse(RECOVERY_INDEMNITY)));
        }
        seller.insurance().ifPresent(i -> out.add(insurance(i)));
        return List.copyOf(out);
    }

    private static LegalMention sellerIdentity(Party seller) {
        List<String> fr = new ArrayList<>();
        List<String> en = new ArrayList<>();
        fr.add(seller.name());
        en.add(seller.name());
        if (seller.legalForm().isPresent()) {
            String form = seller.legalForm().get();
            fr.add(form + seller.shareCapital().map(c -> " au capital de " + Formats.frMoney(c)).orElse(""));
            en.add(form + seller.shareCapital().map(c -> " with share capital of " + Formats.enMoney(c)).orElse(""));
        } else if (seller.shareCapital().isPresent()) {
            fr.add("capital de " + Formats.frMoney(seller.shareCapital().get()));
            en.add("share capital " + Formats.enMoney(seller.shareCapital().get()));
        }
        Optional<String> siren = seller.effectiveSiren().map(s -> Formats.siren(s.value()));
        if (seller.registration().isPresent()) {
            // The usual form "RCS Lyon 123 456 782" (Code de commerce R123-237).
            String reg = seller.registration().get() + siren.map(s -> " " + s).orElse("");
            fr.add(reg);
            en.add(reg);
        } else if (siren.isPresent()) {
            fr.add("SIREN " + siren.get());
            en.add("SIREN " + siren.get());
        }
        seller.siret().ifPresent(s -> {
            fr.add("SIRET " + Formats.siret(s.value()));
            en.add("SIRET " + Formats.siret(s.value()));
        });
        seller.vatId().ifPresent(v -> {
            fr.add("N° TVA " + v.value());
            en.add("VAT no. " + v.value());
        });
        return new LegalMention(LegalMentionCodes.FR_SELLER_IDENTITY, Optional.empty(), String.join(" - ", fr), String.join(" - ", en));
    }

    private static LegalMention deliveryAddress(Address a) {
        return new LegalMention(LegalMentionCodes.FR_DELIVERY_ADDRESS, Optional.empty(),
                "Adresse de livraison : " + Formats.address(a), "Delivery address: " + Formats.address(a));
    }

    private static LegalMention insurance(Insurance i) {
        return new LegalMention(LegalMentionCodes.FR_INSURANCE, Optional.empty(),
                "Assurance professionnelle : " + i.insurer() + ", contrat n° " + i.policy() + ", couverture géographique : " + i.coverage() + ".",
                "Professional insurance: " + i.insurer() + ", policy no. " + i.policy() + ", geographical coverage: " + i.coverage() + ".");
    }

    @Override
    public List<Anomaly> check(Invoice draft, LegalOptions options) {
        List<Anomaly> out = new ArrayList<>();
        Party seller = draft.seller();
        Party buyer = draft.buyer();
        if (seller.effectiveSiren().isEmpty()) {
            out.add(Anomaly.error(AnomalyCodes.FR_SELLER_SIREN_MISSING, "seller.siren",
                    "a French seller must print its SIREN (or SIRET) on every invoice"));
        }
        if (seller.vatId().isEmpty() && !InvoiceFacts.franchiseOnly(draft)) {
            out.add(Anomaly.error(AnomalyCodes.FR_SELLER_VAT_ID_MISSING, "seller.vatId",
                    "the seller's VAT number is mandatory unless every line is under the franchise en base (art. 293 B du CGI)"));
        }
        if (seller.type() == PartyType.COMPANY) {
            if (seller.legalForm().isEmpty()) {
                out.add(Anomaly.error(AnomalyCodes.FR_SELLER_LEGAL_FORM_MISSING, "seller.legalForm", "a company must print its legal form (SAS, SARL...)"));
            }
            if (seller.shareCapital().isEmpty()) {
                out.add(Anomaly.error(AnomalyCodes.FR_SELLER_SHARE_CAPITAL_MISSING, "seller.shareCapital",
                        "a company must print its share capital"));
            }
            if (seller.registration().isEmpty()) {
                out.add(Anomaly.error(AnomalyCodes.FR_SELLER_REGISTRATION_MISSING, "seller.registration",
                        "a company must print its register and city (\"RCS Lyon\")"));
            }
        }
        postalCode(seller, "seller", out);
        postalCode(buyer, "buyer", out);
        if (buyer.isBusiness() && "FR".equals(buyer.address().countryCode()) && buyer.effectiveSiren().isEmpty()) {
            out.add(Anomaly.error(AnomalyCodes.FR_BUYER_SIREN_MISSING, "buyer.siren",
                    "the SIREN of a French business buyer is mandatory since the e-invoicing reform (décret n° 2022-1299)"));
        }
        if (InvoiceFacts.needsBuyerVatId(draft) && buyer.vatId().isEmpty()) {
            out.add(Anomaly.error(AnomalyCodes.FR_BUYER_VAT_ID_MISSING, "buyer.vatId",
                    "reverse charge and intra-EU supplies need the buyer's VAT number (CGI ann. II art. 242 nonies A)"));
        }
        if (InvoiceFacts.needsSupplyDate(draft) && !InvoiceFacts.hasSupplyDate(draft)) {
            out.add(Anomaly.error(AnomalyCodes.FR_DELIVERY_DATE_MISSING, "deliveryDate",
                    "the date of the sale or of the service (delivery date or service period) is missing"));
        }
        if (!draft.isDraft() && !draft.kind().isCreditNote() && draft.dueDate().isEmpty()) {
            out.add(Anomaly.error(AnomalyCodes.FR_DUE_DATE_MISSING, "dueDate", "an issued invoice must state its due date (art. L441-9)"));
        }
        LatePaymentTerms late = draft.paymentTerms().latePayment();
        if (buyer.isBusiness() && late.recoveryIndemnity().isPresent() && !late.recoveryIndemnity().get().equals(RECOVERY_INDEMNITY)) {
            out.add(Anomaly.error(AnomalyCodes.FR_RECOVERY_INDEMNITY_AMOUNT, "paymentTerms.latePayment.recoveryIndemnity",
                    "the recovery indemnity is fixed at EUR 40 (Code de commerce D441-5), not " + late.recoveryIndemnity().get()));
        }
        franchiseMixed(draft, out);
        VatCurrencyRule.check(draft, EUR, AnomalyCodes.FR_VAT_IN_EUR_MISSING,
                "(BT-6 = EUR, BT-111; CTC rule BR-FR-CO-12)").ifPresent(out::add);
        return List.copyOf(out);
    }

    private static void postalCode(Party party, String path, List<Anomaly> out) {
        if ("FR".equals(party.address().countryCode()) && party.address().postalCode().isEmpty()) {
            out.add(Anomaly.error(AnomalyCodes.FR_ADDRESS_POSTAL_CODE_MISSING, path + ".address.postalCode",
                    "a French address needs its postal code"));
        }
    }

    private static void franchiseMixed(Invoice draft, List<Anomaly> out) {
        Map<VatRate, String> rates = InvoiceFacts.rates(draft);
        if (rates.keySet().stream().noneMatch(InvoiceFacts::isFranchise)) {
            return;
        }
        rates.forEach((rate, path) -> {
            if (rate.percent().signum() > 0) {
                out.add(Anomaly.error(AnomalyCodes.FR_FRANCHISE_MIXED_WITH_VAT, path,
                        "a seller under the franchise en base charges no VAT, yet this line is at " + rate));
            }
        });
    }
}
