package io.github.quote2invoice.conversion.internal;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.conversion.ConversionContext;
import io.github.quote2invoice.conversion.ConversionException;
import io.github.quote2invoice.conversion.ConversionResult;
import io.github.quote2invoice.conversion.StepOutcome;
import io.github.quote2invoice.indexation.IndexAdjustments;
import io.github.quote2invoice.indexation.IndexationClause;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.SourceQuote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The engine's side of index adjustments. {@link IndexAdjustments} computes what the final index values
 * change; this run names the drafts after the issued invoice (so asking again, before or after they are
 * issued, never makes a second adjustment) and finishes them like every other draft: the context's legal
 * rules and checks. Not API: {@code ConversionEngine#indexAdjustments} is the entry point.
 */
public final class IndexAdjustmentRun {
    private static final String STEP = "index-final";

    private IndexAdjustmentRun() {
    }

    /**
     * The complementary invoice and/or credit note that bring {@code issued} to the final index values.
     *
     * @throws ConversionException {@code INVALID_PLAN} when the context has no {@link IndexationClause}
     */
    public static ConversionResult adjust(Invoice issued, ConversionContext context) {
        Checks.required(issued, "issuedInvoice");
        Checks.required(context, "context");
        IndexationClause clause = context.indexation().filter(IndexationClause.class::isInstance).map(IndexationClause.class::cast)
                .orElseThrow(() -> new ConversionException(ConversionException.INVALID_PLAN, "context.indexation",
                        "index adjustments need the contract's IndexationClause (and its index source) in the context"));
        String prefix = DraftFactory.idOf(STEP + ":" + issued.id());
        List<Invoice> drafts = IndexAdjustments.withoutMentions(issued, clause, context.indexSource().orElseThrow(), prefix);
        String fallbackKey = issued.id() + "/" + STEP;
        if (drafts.isEmpty()) {
            return new ConversionResult(List.of(), List.of(new StepOutcome(STEP, fallbackKey, StepOutcome.Status.NOTHING_TO_BILL,
                    "no revised line of " + issued.number().orElse(issued.id()) + " changes with final index values (or they are still provisional)",
                    Optional.empty())), List.of());
        }
        DraftFinisher finisher = new DraftFinisher(context);
        List<Invoice> made = new ArrayList<>();
        List<StepOutcome> steps = new ArrayList<>();
        List<Anomaly> anomalies = new ArrayList<>();
        for (Invoice draft : drafts) {
            String step = STEP + (draft.kind().isCreditNote() ? "-credit" : "-complement");
            String key = draft.sourceQuote().map(SourceQuote::conversionKey).orElse(issued.id() + "/" + step);
            Optional<Invoice> already = context.issuedInvoices().stream().filter(i -> i.id().equals(draft.id())).findFirst();
            if (already.isPresent()) {
                steps.add(new StepOutcome(step, key, StepOutcome.Status.ALREADY_ISSUED,
                        "issued as " + already.get().number().orElse(draft.id()), Optional.of(draft.id())));
            } else if (context.draftedKeys().contains(key)) {
                steps.add(new StepOutcome(step, key, StepOutcome.Status.ALREADY_DRAFTED, "a draft exists for " + key, Optional.of(draft.id())));
            } else {
                // The context decides the mentions, as for every draft: none when legal rules are off.
                Invoice finished = finisher.finish(draft, "invoices[" + made.size() + "]", anomalies);
                made.add(finished);
                steps.add(new StepOutcome(step, key, StepOutcome.Status.DRAFTED, finished.kind() + " " + finished.totals().taxInclusive()
                        + " adjusting " + issued.number().orElse(issued.id()) + " to final index values", Optional.of(finished.id())));
            }
        }
        return new ConversionResult(made, steps, anomalies);
    }
}
