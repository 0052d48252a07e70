package io.github.quote2invoice.render.pdf.internal;

import io.github.quote2invoice.document.Installment;
import io.github.quote2invoice.document.Note;
import io.github.quote2invoice.quote.Acceptance;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.quote.QuoteLine;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the data model the quote template sees; same conventions as {@link InvoiceModel}
 * (formatted strings, "" when absent), documented in docs/pdf.md.
 */
public final class QuoteModel {
    private QuoteModel() {
    }

    /** The model of {@code quote}; {@code logo} is a {@code data:image/...} URI. */
    public static Map<String, Object> of(Quote quote, Locale locale, Map<String, String> labels, Optional<String> logo) {
        Formats f = new Formats(locale);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", f.french() ? "fr" : "en");
        m.put("labels", labels);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("title", labels.get("quote"));
        d.put("number", quote.number());
        d.put("revision", quote.revision());
        d.put("status", quote.status().name());
        d.put("issueDate", f.date(quote.issueDate()));
        d.put("validUntil", f.date(quote.validUntil()));
        d.put("currency", quote.currency().getCurrencyCode());
        m.put("doc", d);
        m.put("seller", PartyViews.party(quote.seller(), f, logo));
        m.put("buyer", PartyViews.party(quote.buyer(), f, Optional.empty()));
        m.put("deliveryAddress", quote.deliveryAddress().map(PartyViews::addressLines).orElse(List.of()));
        m.put("references", InvoiceModel.references(quote.references(), labels, new ArrayList<>()));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (QuoteLine l : quote.lines()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", l.id());
            x.put("designation", l.designation());
            x.put("description", l.description().orElse(""));
            x.put("sellerItemId", l.sellerItemId().orElse(""));
            x.put("quantity", f.quantity(l.quantity()));
            x.put("unit", l.quantity().unit().label(locale));
            x.put("unitPrice", f.unitPrice(l.unitPrice()));
            x.put("discount", l.discount().map(di -> InvoiceModel.discount(di, f)).orElse(""));
            x.put("vatRate", InvoiceModel.rate(l.vatRate(), f));
            x.put("net", f.money(quote.amountsOf(l).net()));
            x.put("note", "");
            x.put("progress", Map.of());
            x.put("indexation", "");
            lines.add(x);
        }
        m.put("lines", lines);
        m.put("hasProgress", false);
        m.put("hasDiscounts", quote.lines().stream().anyMatch(l -> l.discount().isPresent()));
        m.put("allowancesCharges", InvoiceModel.allowancesCharges(quote.allowancesCharges(), f, labels));
        m.put("vat", InvoiceModel.vat(quote.totals().vatBreakdown(), f));
        m.put("totals", InvoiceModel.totals(quote.totals(), f));
        // The schedule the client signs for ("30 % à la commande, solde à la livraison"): one sentence per instalment.
        List<String> termLines = InvoiceModel.termLines(quote.paymentTerms(), List.of(), f, labels);
        for (Installment i : quote.paymentTerms().schedule()) {
            termLines.add(Labels.format(labels, "terms.instalment", f.date(i.dueDate()), f.money(i.amount()))
                    + i.label().map(l -> " – " + l).orElse(""));
        }
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("lines", termLines);
        m.put("terms", terms);
        m.put("notes", quote.notes().stream().map(Note::text).toList());
        m.put("acceptances", quote.acceptances().stream().map(a -> accepted(a, f, labels)).toList());
        m.put("quote", quote);
        return m;
    }

    private static String accepted(Acceptance a, Formats f, Map<String, String> labels) {
        return Labels.format(labels, "acceptance.accepted", a.acceptedBy(), f.date(a.acceptedAt().atZone(ZoneOffset.UTC).toLocalDate()),
                a.method().name());
    }
}
