package io.github.quote2invoice.render.pdf.internal;

import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.document.Discount;
import io.github.quote2invoice.document.Installment;
import io.github.quote2invoice.document.Note;
import io.github.quote2invoice.document.PaymentTerms;
import io.github.quote2invoice.document.References;
import io.github.quote2invoice.document.Totals;
import io.github.quote2invoice.invoice.DepositDeduction;
import io.github.quote2invoice.invoice.IndexationDetail;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.invoice.LegalMention;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.invoice.ProgressDetail;
import io.github.quote2invoice.invoice.SettlementStyle;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.PaymentMeans;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the data model the invoice template sees: every value already formatted for the locale,
 * "" or an empty list when absent, plus the {@code invoice} itself for templates that need more.
 * The shape is documented in docs/pdf.md; keep both in step.
 */
public final class InvoiceModel {
    private InvoiceModel() {
    }

    /**
     * The model of {@code invoice}.
     *
     * @param logo the seller's logo as a {@code data:image/...} URI
     * @param qrPayload the text of the payment QR code (EPC069-12), when there is one
     */
    public static Map<String, Object> of(Invoice invoice, Locale locale, Map<String, String> labels, Optional<String> logo,
                                         Optional<String> qrPayload) {
        Formats f = new Formats(locale);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", f.french() ? "fr" : "en");
        m.put("labels", labels);
        m.put("doc", doc(invoice, f, labels));
        m.put("seller", PartyViews.party(invoice.seller(), f, logo));
        m.put("buyer", PartyViews.party(invoice.buyer(), f, Optional.empty()));
        m.put("deliveryAddress", invoice.deliveryAddress().map(PartyViews::addressLines).orElse(List.of()));
        m.put("references", references(invoice, f, labels));
        m.put("lines", lines(invoice, f, locale));
        m.put("hasProgress", invoice.lines().stream().anyMatch(l -> l.progress().isPresent()));
        m.put("hasDiscounts", invoice.lines().stream().anyMatch(l -> l.discount().isPresent()));
        m.put("allowancesCharges", allowancesCharges(invoice.allowancesCharges(), f, labels));
        m.put("vat", vat(invoice.totals().vatBreakdown(), f));
        m.put("deductions", deductions(invoice.deductions(), f));
        Map<String, Object> totals = totals(invoice.totals(), f);
        if (invoice.settlement() == SettlementStyle.DEDUCTION_LINES && !invoice.deductions().isEmpty()) {
            // The deposits are negative lines of the XML; the printed line table shows the operation, so
            // the totals say what was taken off between the lines total and the total excl. VAT.
            Money deducted = Money.zero(invoice.currency());
            for (DepositDeduction d : invoice.deductions()) {
                for (VatBreakdown b : d.amounts()) {
                    deducted = deducted.plus(b.taxableAmount());
                }
            }
            Money operation = Money.zero(invoice.currency());
            for (InvoiceLine l : invoice.lines()) {
                operation = operation.plus(l.netAmount());
            }
            totals.put("operationNet", f.money(operation));
            totals.put("deductedNet", f.money(deducted));
        }
        invoice.vatInAccountingCurrency().ifPresent(v -> {
            // BT-6/BT-111: the VAT total in the accounting currency, with the rate when known ("1 USD = 0,9234 EUR")
            totals.put("accountingCurrency", v.currency().getCurrencyCode());
            totals.put("vatInAccountingCurrency", f.money(v.vatTotal()));
            totals.put("accountingRate", v.rate().map(r -> "1 " + invoice.currency().getCurrencyCode() + " = " + f.number(r) + " "
                    + v.currency().getCurrencyCode()).orElse(""));
        });
        m.put("totals", totals);
        m.put("payment", payment(invoice, f, qrPayload));
        m.put("terms", terms(invoice, f, labels));
        m.put("legalMentions", invoice.legalMentions().stream().map(l -> l.text(locale)).toList());
        m.put("notes", invoice.notes().stream().map(Note::text).toList());
        m.put("creditReason", invoice.creditReason().orElse(""));
        m.put("invoice", invoice);
        return m;
    }

    private static Map<String, Object> doc(Invoice inv, Formats f, Map<String, String> labels) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("title", labels.get("kind." + inv.kind().name()));
        d.put("kind", inv.kind().name());
        d.put("typeCode", inv.kind().typeCode());
        d.put("creditNote", inv.kind().isCreditNote());
        d.put("draft", inv.isDraft());
        d.put("number", inv.number().orElse(""));
        d.put("issueDate", inv.issueDate().map(f::date).orElse(""));
        d.put("dueDate", inv.dueDate().map(f::date).orElse(""));
        d.put("deliveryDate", inv.deliveryDate().map(f::date).orElse(""));
        d.put("servicePeriod", inv.servicePeriod().map(p -> f.date(p.start()) + " – " + f.date(p.end())).orElse(""));
        d.put("currency", inv.currency().getCurrencyCode());
        return d;
    }

    private static List<Map<String, Object>> references(Invoice inv, Formats f, Map<String, String> labels) {
        List<Map<String, Object>> refs = new ArrayList<>();
        inv.sourceQuote().ifPresent(q -> refs.add(PartyViews.pair(labels.get("ref.quote"), q.number())));
        references(inv.references(), labels, refs);
        String precedingLabel = labels.get(inv.kind().isCreditNote() ? "ref.corrected" : "ref.preceding");
        for (PrecedingInvoice p : inv.precedingInvoices()) {
            boolean deducted = inv.deductions().stream().anyMatch(d -> d.deposit().equals(p));
            if (!deducted) {
                refs.add(PartyViews.pair(precedingLabel, p.number() + " (" + f.date(p.issueDate()) + ")"));
            }
        }
        inv.billingFramework().ifPresent(b -> refs.add(PartyViews.pair(labels.get("ref.billingFramework"), b.code())));
        return refs;
    }

    /** Adds the purchase order, contract, project and buyer reference to {@code refs}; returns it. */
    static List<Map<String, Object>> references(References r, Map<String, String> labels, List<Map<String, Object>> refs) {
        r.purchaseOrder().ifPresent(v -> refs.add(PartyViews.pair(labels.get("ref.purchaseOrder"), v)));
        r.contract().ifPresent(v -> refs.add(PartyViews.pair(labels.get("ref.contract"), v)));
        r.project().ifPresent(v -> refs.add(PartyViews.pair(labels.get("ref.project"), v)));
        r.buyerReference().ifPresent(v -> refs.add(PartyViews.pair(labels.get("ref.buyerReference"), v)));
        return refs;
    }

    private static List<Map<String, Object>> lines(Invoice inv, Formats f, Locale locale) {
        List<Map<String, Object>> out = new ArrayList<>(inv.lines().size());
        for (InvoiceLine l : inv.lines()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", l.id());
            m.put("designation", l.designation());
            m.put("description", l.description().orElse(""));
            m.put("sellerItemId", l.sellerItemId().orElse(""));
            m.put("quantity", f.quantity(l.quantity()));
            m.put("unit", l.quantity().unit().label(locale));
            m.put("unitPrice", f.unitPrice(l.unitPrice()));
            m.put("discount", l.discount().map(d -> discount(d, f)).orElse(""));
            m.put("vatRate", rate(l.vatRate(), f));
            m.put("net", f.money(l.netAmount()));
            m.put("note", l.note().orElse(""));
            m.put("progress", l.progress().map(p -> progress(p, f)).orElse(Map.of()));
            m.put("indexation", l.indexation().map(x -> indexation(x, f)).orElse(""));
            out.add(m);
        }
        return out;
    }

    static String discount(Discount d, Formats f) {
        return d instanceof Discount.Percentage p ? f.percent(p.percent()) : f.money(((Discount.Fixed) d).amount());
    }

    /** "20 %", or the category code and the exemption for exempt categories ("AE"). */
    static String rate(VatRate r, Formats f) {
        return r.exemption().isPresent() ? r.category().code() : f.percent(r.percent());
    }

    private static Map<String, Object> progress(ProgressDetail p, Formats f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cumulativePercent", f.percent(p.cumulativePercent()));
        m.put("previousPercent", f.percent(p.previousPercent()));
        m.put("contractAmount", f.money(p.contractAmount()));
        m.put("cumulativeAmount", f.money(p.cumulativeAmount()));
        m.put("previouslyBilled", f.money(p.previouslyBilled()));
        m.put("instalment", f.money(p.instalment()));
        return m;
    }

    private static String indexation(IndexationDetail x, Formats f) {
        // P = P0 x (a + b x I / I0): print the inputs, the coefficient and the base price.
        return x.indexName() + " " + x.revisionMonth() + " = " + f.number(x.revisionValue()) + (x.provisional() ? "*" : "")
                + " / " + x.baseMonth() + " = " + f.number(x.baseValue()) + " ; k = " + f.number(x.coefficient())
                + " ; P0 = " + f.unitPrice(x.originalUnitPrice());
    }

    static List<Map<String, Object>> allowancesCharges(List<AllowanceCharge> acs, Formats f, Map<String, String> labels) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AllowanceCharge ac : acs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("allowance", ac.kind() == AllowanceCharge.Kind.ALLOWANCE);
            m.put("kindLabel", labels.get(ac.kind() == AllowanceCharge.Kind.ALLOWANCE ? "allowance" : "charge"));
            m.put("reason", ac.reason());
            m.put("amount", f.money(ac.signedAmount()));
            m.put("vatRate", rate(ac.vatRate(), f));
            out.add(m);
        }
        return out;
    }

    static List<Map<String, Object>> vat(List<VatBreakdown> breakdown, Formats f) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (VatBreakdown b : breakdown) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("category", b.rate().category().code());
            m.put("rate", f.percent(b.rate().percent()));
            m.put("base", f.money(b.taxableAmount()));
            m.put("amount", f.money(b.taxAmount()));
            m.put("exemption", b.rate().exemption().map(e -> e.text()).orElse(""));
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, Object>> deductions(List<DepositDeduction> ds, Formats f) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (DepositDeduction d : ds) {
            Money net = Money.zero(d.gross().currency());
            Money vat = net;
            for (VatBreakdown b : d.amounts()) {
                net = net.plus(b.taxableAmount());
                vat = vat.plus(b.taxAmount());
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", d.deposit().number());
            m.put("date", f.date(d.deposit().issueDate()));
            m.put("net", f.money(net));
            m.put("vat", f.money(vat));
            m.put("gross", f.money(d.gross()));
            out.add(m);
        }
        return out;
    }

    static Map<String, Object> totals(Totals t, Formats f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lineTotal", f.money(t.lineTotal()));
        m.put("allowanceTotal", f.money(t.allowanceTotal()));
        m.put("chargeTotal", f.money(t.chargeTotal()));
        m.put("taxExclusive", f.money(t.taxExclusive()));
        m.put("vatTotal", f.money(t.vatTotal()));
        m.put("taxInclusive", f.money(t.taxInclusive()));
        m.put("prepaid", f.money(t.prepaid()));
        m.put("amountDue", f.money(t.amountDue()));
        m.put("hasAllowances", !t.allowanceTotal().isZero());
        m.put("hasCharges", !t.chargeTotal().isZero());
        m.put("hasPrepaid", !t.prepaid().isZero());
        return m;
    }

    private static Map<String, Object> payment(Invoice inv, Formats f, Optional<String> qrPayload) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", inv.paymentInstructions().remittanceReference().orElse(""));
        m.put("qr", qrPayload.orElse(""));
        List<Map<String, Object>> installments = new ArrayList<>();
        for (Installment i : inv.installments()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", f.date(i.dueDate()));
            row.put("amount", f.money(i.amount()));
            row.put("label", i.label().orElse(""));
            installments.add(row);
        }
        m.put("installments", installments);
        Map<String, Object> transfer = new LinkedHashMap<>();
        Map<String, Object> debit = new LinkedHashMap<>();
        String link = "";
        boolean card = false;
        for (PaymentMeans means : inv.paymentInstructions().means()) {
            if (means instanceof PaymentMeans.CreditTransfer t && transfer.isEmpty()) {
                transfer.put("iban", t.iban().formatted());
                transfer.put("bic", t.bic().map(Object::toString).orElse(""));
                transfer.put("accountName", t.accountName().orElse(""));
            } else if (means instanceof PaymentMeans.Card c) {
                card = true;
                if (link.isEmpty()) {
                    link = c.paymentLink().orElse("");
                }
            } else if (means instanceof PaymentMeans.DirectDebit d && debit.isEmpty()) {
                debit.put("mandate", d.mandateReference());
                debit.put("creditorId", d.creditorId());
                debit.put("debtorIban", maskedIban(d.debtorIban().value()));
            }
        }
        m.put("transfer", transfer);
        m.put("card", card);
        m.put("link", link);
        // Only web links become clickable; anything else prints as text.
        m.put("linkIsWeb", link.startsWith("https://"));
        m.put("directDebit", debit);
        return m;
    }

    /** The debtor's IBAN with only its country, check digits and last four characters shown. */
    private static String maskedIban(String iban) {
        return iban.substring(0, 4) + " **** " + iban.substring(iban.length() - 4);
    }

    static Map<String, Object> terms(Invoice inv, Formats f, Map<String, String> labels) {
        return terms(inv.paymentTerms(), inv.legalMentions(), f, labels);
    }

    /**
     * Payment terms as sentences. A sentence is left out when a legal mention with the same UNTDID 4451
     * subject already says it (AAB escompte, PMD penalties, PMT indemnity), so nothing prints twice.
     */
    static Map<String, Object> terms(PaymentTerms t, List<LegalMention> mentions, Formats f, Map<String, String> labels) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lines", termLines(t, mentions, f, labels));
        return m;
    }

    /** The sentences of {@link #terms}. */
    static List<String> termLines(PaymentTerms t, List<LegalMention> mentions, Formats f, Map<String, String> labels) {
        List<String> said = mentions.stream().flatMap(l -> l.subjectCode().stream()).toList();
        List<String> lines = new ArrayList<>();
        t.text().ifPresent(lines::add);
        if (!said.contains("AAB")) {
            lines.add(t.earlyPaymentDiscount()
                    .map(e -> Labels.format(labels, "terms.earlyDiscount", f.percent(e.percent()), Integer.toString(e.withinDays())))
                    .orElse(labels.get("terms.noEarlyDiscount")));
        }
        if (!said.contains("PMD")) {
            String rate = f.percent(t.latePayment().annualRatePercent());
            lines.add(t.latePayment().basis().map(b -> Labels.format(labels, "terms.latePenalty", rate, b))
                    .orElse(Labels.format(labels, "terms.latePenaltyNoBasis", rate)));
        }
        if (!said.contains("PMT")) {
            t.latePayment().recoveryIndemnity().ifPresent(i -> lines.add(Labels.format(labels, "terms.indemnity", f.money(i))));
        }
        return lines;
    }
}
