package io.github.quote2invoice.indexation;

import io.github.quote2invoice.document.Note;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.document.TotalsCalculator;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.IndexationDetail;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.invoice.InvoiceStateException;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.invoice.SourceQuote;
import io.github.quote2invoice.legal.LegalOptions;
import io.github.quote2invoice.legal.LegalRuleSets;
import io.github.quote2invoice.legal.OperationNature;
import io.github.quote2invoice.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The adjustment owed once the final value of an index replaces the provisional one an issued invoice
 * used (INSEE publishes BT indices provisional first, final months later).
 *
 * <p>For each line of the issued invoice revised by the clause with a provisional value, the price is
 * recomputed with the final values of the same months (I0 and I), and the difference of line nets,
 * final minus invoiced (each quantity x unit price - discount, rounded as the invoice rounds), is
 * billed: increases on a complementary invoice (380), decreases on a credit note (381), each line one
 * unit at the difference, its description saying how it was computed and its indexation detail holding
 * the final values. Both reference the issued invoice as a preceding invoice (BG-3). So, per line,
 * invoiced net + adjustment net = the net the final index gives, to the cent; the adjustment's VAT is
 * computed on its own taxable amounts (EN 16931 BR-CO-17), so per VAT rate it may differ from the
 * difference of the two documents' VAT by at most one cent.
 */
public final class IndexAdjustments {
    private IndexAdjustments() {
    }

    /**
     * The drafts adjusting {@code issued} to the final index values in {@code source}: none when no
     * line changes (or the values are still provisional), one complementary invoice for increases and
     * one credit note for decreases.
     *
     * @param issued an issued invoice (not a credit note) whose lines carry the clause's indexation details
     * @param clause the clause the lines were revised with (its rounding, floor, cap, neutralisation)
     * @param source index values, with the final ones published
     * @param idPrefix the drafts' ids are {@code idPrefix + "-complement"} and {@code idPrefix + "-credit"}
     * @param options the seller's legal options, for the drafts' legal mentions
     * @throws InvoiceStateException when {@code issued} is a draft or a credit note
     * @throws IndexationException when the clause's I0 is not in the source
     */
    public static List<Invoice> forFinalValues(Invoice issued, IndexationClause clause, IndexSource source, String idPrefix,
                                               LegalOptions options) {
        Checks.required(options, "options");
        List<Invoice> out = new ArrayList<>(2);
        for (Invoice draft : withoutMentions(issued, clause, source, idPrefix)) {
            out.add(draft.toBuilder().legalMentions(LegalRuleSets.forInvoice(draft).mentions(draft, options)).build());
        }
        return List.copyOf(out);
    }

    /**
     * The same drafts as {@link #forFinalValues} without legal mentions, for a caller that adds its own
     * (the conversion engine adds its context's).
     *
     * @throws InvoiceStateException when {@code issued} is a draft or a credit note
     * @throws IndexationException when the clause's I0 is not in the source
     */
    public static List<Invoice> withoutMentions(Invoice issued, IndexationClause clause, IndexSource source, String idPrefix) {
        Checks.required(issued, "issued");
        Checks.required(clause, "clause");
        Checks.required(source, "source");
        String prefix = Checks.text(idPrefix, "idPrefix", 80);
        if (issued.isDraft() || issued.kind().isCreditNote()) {
            throw new InvoiceStateException(issued.status(), "only an issued invoice (not a credit note) is adjusted to final index values");
        }
        TotalsCalculator calc = new TotalsCalculator(issued.rounding());
        List<InvoiceLine> increases = new ArrayList<>();
        List<InvoiceLine> decreases = new ArrayList<>();
        for (InvoiceLine line : issued.lines()) {
            Optional<RevisedPrice> fin = finalRevision(line, clause, source);
            if (fin.isEmpty()) {
                continue;
            }
            InvoiceLine revised = line.toBuilder().unitPrice(fin.get().unitPrice()).build();
            Money delta = calc.lineAmounts(revised, issued.currency()).net().minus(calc.lineAmounts(line, issued.currency()).net());
            if (delta.isZero()) {
                continue;
            }
            InvoiceLine adj = InvoiceLine.builder(line.id(), line.designation())
                    .description(Optional.of(explain(line, fin.get())))
                    .quantity(Quantity.units(1)).unitPrice(delta.abs().amount()).vatRate(line.vatRate()).nature(line.nature())
                    .netAmount(delta.abs()).sourceLineId(line.sourceLineId()).sellerItemId(line.sellerItemId())
                    .indexation(Optional.of(fin.get().detail())).build();
            (delta.isPositive() ? increases : decreases).add(adj);
        }
        List<Invoice> out = new ArrayList<>(2);
        if (!increases.isEmpty()) {
            out.add(draft(issued, increases, InvoiceKind.STANDARD, prefix + "-complement", "index-final-complement"));
        }
        if (!decreases.isEmpty()) {
            out.add(draft(issued, decreases, InvoiceKind.CREDIT_NOTE, prefix + "-credit", "index-final-credit"));
        }
        return List.copyOf(out);
    }

    /** The revision with final values, when the line was revised by this clause with a provisional value now final. */
    private static Optional<RevisedPrice> finalRevision(InvoiceLine line, IndexationClause clause, IndexSource source) {
        if (line.indexation().isEmpty()) {
            return Optional.empty();
        }
        IndexationDetail d = line.indexation().get();
        boolean same = d.indexName().equals(clause.series()) && d.baseMonth().equals(clause.baseMonth())
                && line.sourceLineId().map(clause::covers).orElse(true);
        if (!same || !d.provisional()) {
            return Optional.empty();
        }
        IndexValue base = clause.baseIndex(source);
        Optional<IndexValue> revision = source.find(clause.series(), d.revisionMonth());
        if (base.provisional() || revision.isEmpty() || revision.get().provisional()) {
            return Optional.empty();
        }
        return Optional.of(clause.revise(d.originalUnitPrice(), base, revision.get()));
    }

    private static String explain(InvoiceLine line, RevisedPrice revised) {
        IndexationDetail fin = revised.detail();
        IndexationDetail was = line.indexation().orElseThrow();
        return "Révision de prix " + fin.indexName() + " : indice " + fin.revisionMonth() + " définitif " + fr(fin.revisionValue())
                + " (provisoire " + fr(was.revisionValue()) + "), coefficient " + fr(fin.coefficient()) + " (facturé " + fr(was.coefficient())
                + "), prix unitaire " + fr(line.unitPrice()) + " -> " + fr(revised.unitPrice())
                + " x " + fr(line.quantity().value()) + " " + line.quantity().unit().code();
    }

    private static String fr(BigDecimal v) {
        return Checks.normalize(v).toPlainString().replace('.', ',');
    }

    private static Invoice draft(Invoice issued, List<InvoiceLine> lines, InvoiceKind kind, String id, String step) {
        boolean credit = kind.isCreditNote();
        return Invoice.builder().id(id).kind(kind).seller(issued.seller()).buyer(issued.buyer())
                .deliveryAddress(issued.deliveryAddress()).deliveryDate(issued.deliveryDate()).servicePeriod(issued.servicePeriod())
                .currency(issued.currency()).rounding(issued.rounding()).lines(lines).paymentTerms(issued.paymentTerms())
                .paymentInstructions(issued.paymentInstructions()).references(issued.references())
                .sourceQuote(issued.sourceQuote().map(s -> new SourceQuote(s.quoteId(), s.number(), s.revision(), s.planStep() + "/" + step)))
                .precedingInvoices(List.of(new PrecedingInvoice(issued.number().orElseThrow(), issued.issueDate().orElseThrow(),
                        Optional.of(issued.id()))))
                .billingFramework(issued.billingFramework().map(f -> OperationNature.of(lines).billingFramework(false)))
                .notes(List.of(Note.of("Régularisation de la révision de prix de la facture " + issued.number().orElseThrow()
                        + " : indice définitif publié.")))
                .creditReason(credit ? Optional.of("Révision de prix : l'indice définitif est inférieur à l'indice provisoire facturé")
                        : Optional.empty())
                .build();
    }
}
