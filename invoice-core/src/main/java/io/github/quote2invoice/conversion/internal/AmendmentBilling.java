package io.github.quote2invoice.conversion.internal;

import io.github.quote2invoice.conversion.Sequencing;
import io.github.quote2invoice.conversion.StepOutcome.Status;
import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.document.UnitOfMeasure;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.tax.VatRate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A change order (avenant) on a quote whose earlier revision was billed in full: one document for the
 * difference only. Per quote line and VAT rate, it bills the revised net minus what was billed
 * (added lines in full, removed lines negative, changed lines their difference), and per rate the
 * difference of the document allowances and charges. A positive difference is an invoice, a negative
 * one a credit note on the invoice that billed the operation. Nothing is billed twice: a second
 * conversion of the same revision finds the amendment issued, and an unchanged revision bills nothing.
 *
 * <p>The difference's VAT is computed on the difference (each invoice's VAT on its own base, BR-CO-17),
 * so over the deal the VAT of a rate may differ from the revised quote's by at most one minor unit
 * per amendment (per amended line when VAT is rounded per line); the nets match exactly.
 */
final class AmendmentBilling {
    private final ConversionRun run;
    private final Invoice closing;

    AmendmentBilling(ConversionRun run, Invoice closing) {
        this.run = run;
        this.closing = closing;
    }

    void run() {
        String step = "amendment-" + run.quote.revision();
        if (run.skipped(step, Optional.empty(), List.of(), Sequencing.AFTER_ISSUE)) {
            return;
        }
        DealHistory.Billed billed = run.history.billed();
        List<InvoiceLine> lines = new ArrayList<>();
        Set<String> current = new LinkedHashSet<>();
        Money total = run.zero();
        for (InvoiceLine l : run.figures.wholeLines()) {
            String id = l.sourceLineId().orElseThrow();
            current.add(id);
            Map<VatRate, Money> was = billed.lines.getOrDefault(id, Map.of());
            for (Map.Entry<VatRate, Money> e : was.entrySet()) {
                if (!e.getKey().equals(l.vatRate()) && !e.getValue().isZero()) {
                    lines.add(difference(l, lines.size(), e.getKey(), e.getValue().negated(), e.getValue()));
                    total = total.minus(e.getValue());
                }
            }
            Money before = was.getOrDefault(l.vatRate(), run.zero());
            Money delta = l.netAmount().minus(before);
            if (delta.isZero()) {
                continue;
            }
            lines.add(was.isEmpty() ? l.toBuilder().id(String.valueOf(lines.size() + 1)).build()
                    : difference(l, lines.size(), l.vatRate(), delta, before));
            total = total.plus(delta);
        }
        for (Map.Entry<String, Map<VatRate, Money>> removed : billed.lines.entrySet()) {
            if (current.contains(removed.getKey())) {
                continue;
            }
            InvoiceLine sample = billed.samples.get(removed.getKey());
            for (Map.Entry<VatRate, Money> e : removed.getValue().entrySet()) {
                if (!e.getValue().isZero()) {
                    lines.add(difference(sample, lines.size(), e.getKey(), e.getValue().negated(), e.getValue()));
                    total = total.minus(e.getValue());
                }
            }
        }
        List<AllowanceCharge> acs = new ArrayList<>();
        Set<VatRate> rates = new LinkedHashSet<>(billed.allowancesCharges.keySet());
        run.quote.allowancesCharges().forEach(ac -> rates.add(ac.vatRate()));
        for (VatRate rate : rates) {
            Money delta = run.figures.allowanceChargeOf(rate).minus(billed.allowancesCharges.getOrDefault(rate, run.zero()));
            if (!delta.isZero()) {
                String reason = "Avenant n° " + run.quote.revision() + " : ajustement des remises et frais";
                acs.add(delta.isPositive() ? AllowanceCharge.charge(delta, rate, reason) : AllowanceCharge.allowance(delta.negated(), rate, reason));
                total = total.plus(delta);
            }
        }
        if (lines.isEmpty() && acs.isEmpty()) {
            run.outcome(step, Status.NOTHING_TO_BILL, "revision " + run.quote.revision() + " changes nothing that was billed", null);
            return;
        }
        if (lines.isEmpty()) {
            // An invoice needs a line: a zero line says what the document is about.
            lines.add(InvoiceLine.builder("1", "Avenant n° " + run.quote.revision() + " au devis " + run.quote.number())
                    .quantity(Quantity.units(1)).unitPrice(BigDecimal.ZERO).vatRate(acs.get(0).vatRate()).netAmount(run.zero()).build());
        }
        boolean credit = total.isNegative();
        Invoice.Builder builder = DraftFactory.base(run.quote, step, credit ? InvoiceKind.CREDIT_NOTE : InvoiceKind.STANDARD, run.context,
                        run.instructions)
                .precedingInvoices(List.of(DealHistory.reference(closing))).billingFramework(Optional.of(run.figures.framework(false)));
        if (credit) {
            builder.lines(negated(lines)).allowancesCharges(negatedCharges(acs)).creditReason(Optional.of("Avenant n° " + run.quote.revision()
                    + " au devis " + run.quote.number() + " : diminution de " + total.negated() + " HT"));
        } else {
            builder.lines(lines).allowancesCharges(acs);
        }
        run.draft(step, builder, -1, 0);
    }

    private InvoiceLine difference(InvoiceLine source, int index, VatRate rate, Money delta, Money before) {
        Quantity quantity = new Quantity(BigDecimal.valueOf(delta.signum()), UnitOfMeasure.LUMP_SUM);
        return source.toBuilder().id(String.valueOf(index + 1)).quantity(quantity).unitPrice(delta.abs().amount()).discount(Optional.empty())
                .vatRate(rate).netAmount(delta).progress(Optional.empty()).indexation(Optional.empty())
                .note(Optional.of("Avenant n° " + run.quote.revision() + " : déjà facturé " + before + " HT, écart " + delta + " HT")).build();
    }

    private static List<InvoiceLine> negated(List<InvoiceLine> lines) {
        List<InvoiceLine> result = new ArrayList<>(lines.size());
        for (InvoiceLine l : lines) {
            result.add(l.toBuilder().quantity(l.quantity().negated()).netAmount(l.netAmount().negated()).build());
        }
        return result;
    }

    private static List<AllowanceCharge> negatedCharges(List<AllowanceCharge> acs) {
        List<AllowanceCharge> result = new ArrayList<>(acs.size());
        for (AllowanceCharge ac : acs) {
            AllowanceCharge.Kind kind = ac.kind() == AllowanceCharge.Kind.ALLOWANCE ? AllowanceCharge.Kind.CHARGE : AllowanceCharge.Kind.ALLOWANCE;
            result.add(new AllowanceCharge(kind, ac.amount(), ac.vatRate(), ac.reason(), ac.reasonCode()));
        }
        return result;
    }
}
