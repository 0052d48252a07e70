package io.github.quote2invoice.conversion.internal;

import io.github.quote2invoice.conversion.BillingPlan;
import io.github.quote2invoice.conversion.ConversionException;
import io.github.quote2invoice.conversion.Situation;
import io.github.quote2invoice.conversion.StepOutcome.Status;
import io.github.quote2invoice.document.Note;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.document.UnitOfMeasure;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.invoice.ProgressDetail;
import io.github.quote2invoice.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Progress invoices (factures de situation). The stored fact is each line's cumulative completion;
 * a situation bills, per line, round(line net x cumulative %) minus what earlier situations billed,
 * so the instalments of a line telescope to its net exactly. The situation that brings every line
 * to 100 % is the final invoice: it carries the whole operation and deducts the earlier situations
 * (in French works contracts situations are payments on account, settled by the final statement),
 * which makes the net and the VAT of every rate over all situations equal the quote's to the cent.
 */
final class ProgressBilling {
    private final ConversionRun run;
    private final BillingPlan.Progress plan;

    ProgressBilling(ConversionRun run, BillingPlan.Progress plan) {
        this.run = run;
        this.plan = plan;
    }

    static String stepName(int k) {
        return "situation-" + k;
    }

    void run() {
        List<Situation> situations = plan.situations();
        for (int k = 0; k < situations.size(); k++) {
            for (String id : situations.get(k).cumulativePercent().keySet()) {
                if (run.quote.line(id).isEmpty()) {
                    throw new ConversionException(ConversionException.INVALID_PLAN, "plan.situations[" + k + "].cumulativePercent[" + id + "]",
                            "quote " + run.quote.number() + " has no line '" + id + "'");
                }
            }
        }
        DealHistory.Billed billed = run.history.billed();
        int lastIssued = -1;
        for (int k = 0; k < situations.size(); k++) {
            if (run.history.issued(stepName(k + 1)).isPresent()) {
                lastIssued = k;
            }
        }
        List<String> earlier = new ArrayList<>();
        String blocker = null;
        for (int k = 0; k < situations.size(); k++) {
            String step = stepName(k + 1);
            Optional<Invoice> issued = run.history.issued(step);
            if (issued.isPresent()) {
                run.outcome(step, Status.ALREADY_ISSUED, "issued as " + issued.get().number().orElseThrow(), issued.get().id());
            } else if (k < lastIssued) {
                // A situation that billed nothing when its turn came is overtaken by the later ones.
                run.outcome(step, Status.NOTHING_TO_BILL, "overtaken by " + stepName(lastIssued + 1) + ", already issued", null);
            } else if (blocker != null) {
                run.outcome(step, Status.WAITING_FOR_PREVIOUS, "follows " + blocker + ", which is not issued yet", null);
            } else if (run.skipped(step, Optional.empty(), earlier, plan.sequencing())) {
                blocker = step;
            } else if (situation(step, situations.get(k), k, situations.size(), billed)) {
                blocker = step;
            }
            earlier.add(step);
        }
    }

    /** Drafts the situation; false when it bills nothing. */
    private boolean situation(String step, Situation situation, int index, int count, DealHistory.Billed billed) {
        Map<String, BigDecimal> listed = situation.cumulativePercent();
        boolean closing = true;
        for (InvoiceLine l : run.figures.wholeLines()) {
            String id = l.sourceLineId().orElseThrow();
            BigDecimal previous = billed.percentOf(id);
            BigDecimal cumulative = listed.getOrDefault(id, previous);
            if (cumulative.compareTo(previous) < 0) {
                throw new ConversionException(ConversionException.INVALID_PLAN, "plan.situations[" + index + "].cumulativePercent[" + id + "]",
                        "completion of line " + id + " goes down from " + previous.toPlainString() + " % to " + cumulative.toPlainString()
                                + " %; take back what was over-billed with a credit note");
            }
            closing &= cumulative.compareTo(ConversionRun.HUNDRED) == 0;
        }
        List<InvoiceLine> lines = new ArrayList<>(run.figures.wholeLines().size());
        for (InvoiceLine l : run.figures.wholeLines()) {
            String id = l.sourceLineId().orElseThrow();
            BigDecimal previous = billed.percentOf(id);
            BigDecimal cumulative = listed.getOrDefault(id, previous);
            Money contract = l.netAmount();
            Money cumulativeAmount = contract.percent(cumulative, run.quote.rounding().lineRounding());
            Money previouslyBilled = billed.netOf(id);
            ProgressDetail detail = new ProgressDetail(cumulative, previous, contract, cumulativeAmount, previouslyBilled);
            if (closing) {
                lines.add(l.toBuilder().progress(Optional.of(detail)).build());
                continue;
            }
            Money instalment = detail.instalment();
            if (instalment.isZero()) {
                continue;
            }
            Quantity quantity = new Quantity(BigDecimal.valueOf(instalment.signum()), UnitOfMeasure.LUMP_SUM);
            lines.add(l.toBuilder().quantity(quantity).unitPrice(instalment.abs().amount()).discount(Optional.empty())
                    .netAmount(instalment).progress(Optional.of(detail)).build());
        }
        Invoice.Builder builder;
        if (closing) {
            builder = run.closingInvoice(step, plan.settlement(), lines);
        } else if (lines.isEmpty()) {
            run.outcome(step, Status.NOTHING_TO_BILL, "no line progressed since the last situation", null);
            return false;
        } else {
            builder = DraftFactory.base(run.quote, step, InvoiceKind.PROGRESS, run.context, run.instructions).lines(lines)
                    .billingFramework(Optional.of(run.figures.framework(false)));
        }
        if (situation.label().isPresent()) {
            List<Note> notes = new ArrayList<>(run.quote.notes());
            notes.add(Note.of(situation.label().get()));
            builder.notes(notes);
        }
        run.draft(step, builder, index, count);
        return true;
    }
}
