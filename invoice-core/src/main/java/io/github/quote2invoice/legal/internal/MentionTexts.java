package io.github.quote2invoice.legal.internal;

import io.github.quote2invoice.document.EarlyPaymentDiscount;
import io.github.quote2invoice.document.LatePaymentTerms;
import io.github.quote2invoice.invoice.LegalMention;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.legal.LegalMentionCodes;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.tax.VatCategory;
import io.github.quote2invoice.tax.VatRate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The wording shared by the French and EU rule sets. The texts are ours; the legal content they carry
 * is cited next to each. Not API.
 */
public final class MentionTexts {
    private MentionTexts() {
    }

    /**
     * The late-payment penalty rate (subject PMD). Code de commerce L441-10 II: due the day after the due
     * date, without reminder; the rate is at least 3 x the legal interest rate, by default the ECB
     * refinancing rate + 10 points.
     */
    public static LegalMention latePenalties(String code, LatePaymentTerms terms, String frLaw, String enLaw) {
        String frBasis = terms.basis().map(b -> " (" + b + ")").orElse("");
        String enBasis = terms.basis().map(b -> " (" + b + ")").orElse("");
        return new LegalMention(code, Optional.of(LegalMentionCodes.SUBJECT_PENALTIES),
                "Pénalités de retard : taux annuel de " + Formats.frNumber(terms.annualRatePercent()) + " %" + frBasis
                        + ", exigibles dès le jour suivant la date d'échéance sans qu'un rappel soit nécessaire" + frLaw + ".",
                "Late payment penalties: annual rate of " + Formats.enNumber(terms.annualRatePercent()) + "%" + enBasis
                        + ", due from the day after the due date without any reminder" + enLaw + ".");
    }

    /**
     * The fixed recovery indemnity (subject PMT): EUR 40 per invoice paid late between businesses
     * (Code de commerce L441-10 II and D441-5; Directive 2011/7/EU art. 6). The exact amount must be
     * printed, a reference to the code is not enough.
     */
    public static LegalMention recoveryIndemnity(String code, Money amount, String frLaw, String enLaw) {
        return new LegalMention(code, Optional.of(LegalMentionCodes.SUBJECT_PAYMENT_TERMS),
                "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : " + Formats.frMoney(amount) + frLaw + ".",
                "Fixed compensation for recovery costs in case of late payment: " + Formats.enMoney(amount) + enLaw + ".");
    }

    /** The early-payment discount terms, or that there is none (subject AAB; Code de commerce L441-9). */
    public static LegalMention earlyPayment(String withCode, String withoutCode, Optional<EarlyPaymentDiscount> discount) {
        if (discount.isEmpty()) {
            return new LegalMention(withoutCode, Optional.of(LegalMentionCodes.SUBJECT_DISCOUNT),
                    "Pas d'escompte pour paiement anticipé.", "No discount for early payment.");
        }
        EarlyPaymentDiscount d = discount.get();
        return new LegalMention(withCode, Optional.of(LegalMentionCodes.SUBJECT_DISCOUNT),
                "Escompte pour paiement anticipé : " + Formats.frNumber(d.percent()) + " % en cas de paiement sous " + d.withinDays()
                        + " jours à compter de la date d'émission de la facture.",
                "Early payment discount: " + Formats.enNumber(d.percent()) + "% if paid within " + d.withinDays()
                        + " days of the invoice date.");
    }

    /**
     * One mention per distinct exemption reason, in order of use: "Autoliquidation" for reverse charge,
     * the legal reference for exemptions (the rate's own text in French), "TVA non applicable, art. 293 B
     * du CGI" for the franchise en base.
     *
     * @param france true for the French codes and references, false for the generic EU ones
     */
    public static List<LegalMention> exemptions(boolean france, Collection<VatRate> rates) {
        List<LegalMention> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (VatRate rate : rates) {
            if (rate.exemption().isEmpty() || seen.contains(rate.exemption().get().code() + rate.exemption().get().text())) {
                continue;
            }
            seen.add(rate.exemption().get().code() + rate.exemption().get().text());
            out.add(exemption(france, rate));
        }
        return out;
    }

    private static LegalMention exemption(boolean france, VatRate rate) {
        String text = rate.exemption().orElseThrow().text();
        String vatex = rate.exemption().orElseThrow().code();
        String p = france ? "FR_" : "EU_";
        if (InvoiceFacts.isFranchise(rate)) {
            // CGI art. 293 E: invoices under the franchise carry exactly this mention.
            return new LegalMention(LegalMentionCodes.FR_FRANCHISE_293B, Optional.empty(), "TVA non applicable, art. 293 B du CGI",
                    "VAT not applicable, art. 293 B of the French General Tax Code (CGI)");
        }
        VatCategory c = rate.category();
        return switch (c) {
            // CGI ann. II art. 242 nonies A I-13° and Directive 2006/112/EC art. 226(11a): the word itself.
            case AE -> new LegalMention(p + "REVERSE_CHARGE", Optional.empty(),
                    text.toLowerCase(java.util.Locale.ROOT).contains("autoliquidation") ? text : "Autoliquidation - " + text,
                    "Reverse charge");
            case K -> new LegalMention(p + "INTRA_EU_EXEMPTION", Optional.empty(), text,
                    "VAT exempt intra-Community supply (" + (france ? "art. 262 ter I of the French General Tax Code; " : "")
                            + "art. 138 of Directive 2006/112/EC)");
            case G -> new LegalMention(p + "EXPORT_EXEMPTION", Optional.empty(), text,
                    "VAT exempt export outside the EU (" + (france ? "art. 262 I of the French General Tax Code; " : "")
                            + "art. 146 of Directive 2006/112/EC)");
            case O -> new LegalMention(p + "OUT_OF_SCOPE", Optional.empty(), text, "Not subject to VAT (" + vatex + ")");
            default -> new LegalMention(p + "VAT_EXEMPTION", Optional.empty(), text, "VAT exemption (" + vatex + "): " + text);
        };
    }

    /** The invoices a credit note corrects: "Avoir relatif à la facture n° FA-1 du 12/11/2026". */
    public static LegalMention correctedInvoices(String code, List<PrecedingInvoice> invoices) {
        return new LegalMention(code, Optional.empty(),
                "Avoir relatif à la facture " + list(invoices, true) + ".",
                "Credit note for invoice " + list(invoices, false) + ".");
    }

    /** The deposit invoices a final invoice deducts. */
    public static LegalMention depositsDeducted(String code, List<PrecedingInvoice> deposits) {
        return new LegalMention(code, Optional.empty(),
                "Acomptes déduits : facture " + list(deposits, true) + ".",
                "Deposits deducted: invoice " + list(deposits, false) + ".");
    }

    private static String list(List<PrecedingInvoice> invoices, boolean french) {
        List<String> parts = new ArrayList<>();
        for (PrecedingInvoice p : invoices) {
            parts.add(french ? "n° " + p.number() + " du " + Formats.frDate(p.issueDate())
                    : "no. " + p.number() + " of " + Formats.enDate(p.issueDate()));
        }
        return String.join(", ", parts);
    }
}
