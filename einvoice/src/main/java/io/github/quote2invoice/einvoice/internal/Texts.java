package io.github.quote2invoice.einvoice.internal;

import io.github.quote2invoice.document.Installment;
import io.github.quote2invoice.document.Note;
import io.github.quote2invoice.document.PaymentTerms;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.invoice.BillingFramework;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.invoice.LegalMention;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Party;
import io.github.quote2invoice.payment.PaymentMeans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The texts and codes both writers derive the same way: the document notes (BG-1), the seller's
 * additional legal information (BT-33), the billing framework (BT-23) and date formats.
 */
public final class Texts {
    /** UNTDID 4451 "Reason": the subject code under which a credit note's reason travels. */
    public static final String CREDIT_REASON_SUBJECT = "ACD";
    /** CII date format 102. */
    public static final DateTimeFormatter CII_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private Texts() {
    }

    /**
     * The notes to write, in order: the invoice's notes, its legal mentions that have a subject code
     * (French text: the e-invoice goes to the French platform), the credit note reason, then the
     * French coded notes that BR-FR-05 requires (PMT, PMD, AAB) when neither a note nor a mention
     * gave them, derived from the payment terms.
     */
    public static List<Note> notes(Invoice invoice) {
        List<Note> out = new ArrayList<>(invoice.notes());
        for (LegalMention m : invoice.legalMentions()) {
            m.subjectCode().ifPresent(code -> out.add(Note.of(code, m.french())));
        }
        invoice.creditReason().ifPresent(r -> out.add(Note.of(CREDIT_REASON_SUBJECT, r)));
        PaymentTerms terms = invoice.paymentTerms();
        if (!hasSubject(out, "PMT")) {
            String indemnity = terms.latePayment().recoveryIndemnity()
                    .map(m -> "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : " + money(m) + ".")
                    .orElse("Pas d'indemnité forfaitaire pour frais de recouvrement (client non professionnel).");
            out.add(Note.of("PMT", indemnity));
        }
        if (!hasSubject(out, "PMD")) {
            out.add(Note.of("PMD", "Pénalités de retard : taux annuel de " + terms.latePayment().annualRatePercent().toPlainString() + " %"
                    + terms.latePayment().basis().map(b -> " (" + b + ")").orElse("") + "."));
        }
        if (!hasSubject(out, "AAB")) {
            out.add(Note.of("AAB", terms.earlyPaymentDiscount()
                    .map(e -> "Escompte de " + e.percent().toPlainString() + " % pour paiement sous " + e.withinDays() + " jours.")
                    .orElse("Pas d'escompte pour paiement anticipé.")));
        }
        return out;
    }

    private static boolean hasSubject(List<Note> notes, String code) {
        return notes.stream().anyMatch(n -> n.subjectCode().filter(code::equals).isPresent());
    }

    /**
     * BT-20, the payment terms text: the terms' own text, then, for an invoice paid in several
     * instalments ({@link Invoice#installments()}), one line per instalment ("Échéance 2026-12-15 :
     * 3000.00 EUR (À la commande)"), since EN 16931 has a single due date (BT-9) and the PDF prints the
     * schedule.
     */
    public static Optional<String> paymentTermsText(Invoice invoice) {
        List<String> parts = new ArrayList<>();
        invoice.paymentTerms().text().ifPresent(parts::add);
        for (Installment i : invoice.installments()) {
            parts.add("Échéance " + i.dueDate() + " : " + money(i.amount()) + i.label().map(l -> " (" + l + ")").orElse(""));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", parts));
    }

    /** "40.00 EUR". */
    public static String money(Money m) {
        return m.amount().toPlainString() + " " + m.currency().getCurrencyCode();
    }

    /**
     * The seller's additional legal information (BT-33): legal form, share capital, register, as
     * French law wants them printed: "SAS au capital de 10000.00 EUR - RCS Lyon".
     */
    public static Optional<String> legalInfo(Party seller) {
        StringBuilder b = new StringBuilder();
        seller.legalForm().ifPresent(b::append);
        seller.shareCapital().ifPresent(c -> b.append(b.length() > 0 ? " au capital de " : "Capital de ").append(money(c)));
        seller.registration().ifPresent(r -> b.append(b.length() > 0 ? " - " : "").append(r));
        return b.length() == 0 ? Optional.empty() : Optional.of(b.toString());
    }

    /**
     * The billing framework (BT-23): the invoice's own, else derived from its lines' nature
     * (B goods, S services, M both) and kind (4 for a final invoice, else 1).
     */
    public static BillingFramework framework(Invoice invoice) {
        if (invoice.billingFramework().isPresent()) {
            return invoice.billingFramework().get();
        }
        boolean goods = false;
        boolean services = false;
        for (InvoiceLine l : invoice.lines()) {
            goods |= l.nature() == LineNature.GOODS;
            services |= l.nature() == LineNature.SERVICES;
        }
        String letter = goods && services ? "M" : goods ? "B" : "S";
        // A final invoice closes an operation invoiced in parts (deposits, situations): framework 4.
        boolean afterDeposits = invoice.kind() == InvoiceKind.FINAL;
        return BillingFramework.valueOf(letter + (afterDeposits ? "4" : "1"));
    }

    /**
     * The payment means an e-invoice can carry: all of one type code (CII-SR-467, UBL-SR-47), so
     * those of the first means' code; the others (a card link beside a transfer...) are left out.
     */
    public static List<PaymentMeans> paymentMeans(Invoice invoice) {
        List<PaymentMeans> all = invoice.paymentInstructions().means();
        if (all.isEmpty()) {
            return all;
        }
        String code = all.get(0).code();
        return all.stream().filter(m -> m.code().equals(code)).toList();
    }

    /** yyyyMMdd. */
    public static String ciiDate(LocalDate d) {
        return d.format(CII_DATE);
    }

    /** A decimal as plain text, without exponent. */
    public static String plain(BigDecimal v) {
        return v.toPlainString();
    }
}
