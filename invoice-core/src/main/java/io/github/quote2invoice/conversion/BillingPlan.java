package io.github.quote2invoice.conversion;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.SettlementStyle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How an accepted quote is billed. Immutable; build with the static factories:
 *
 * <ul>
 *   <li>{@link #single()}: one invoice for the whole quote (steps: {@code invoice});</li>
 *   <li>{@link #deposits(Share...)}: one or more deposit invoices (acomptes, type 386), then the final
 *       invoice (facture de solde) carrying the whole operation and deducting them (steps
 *       {@code deposit-1}, {@code deposit-2}..., {@code final});</li>
 *   <li>{@link #milestones(List)}: a schedule tied to named events; every milestone but the last is a
 *       deposit invoice, the last is the final invoice (steps {@code milestone:<event>});</li>
 *   <li>{@link #progress(List)}: progress invoices (factures de situation) from cumulative completion
 *       per line; the situation that brings every line to 100 % is the final invoice, deducting the
 *       earlier situations (steps {@code situation-1}, {@code situation-2}...).</li>
 * </ul>
 *
 * The step names are the last part of each invoice's conversion key ({@code quoteId/revision/step}).
 */
public sealed interface BillingPlan permits BillingPlan.Single, BillingPlan.Instalments, BillingPlan.Progress {

    /** When a step may be invoiced (default {@link Sequencing#AFTER_ISSUE}). */
    Sequencing sequencing();

    /** How a final invoice settles what was invoiced before it (default {@link SettlementStyle#DEDUCTION_LINES}). */
    SettlementStyle settlement();

    /** A copy in which each step waits until the earlier ones are paid ("pay, then invoice"). */
    BillingPlan payThenInvoice();

    /** A copy settling earlier invoices with {@code style}. */
    BillingPlan withSettlement(SettlementStyle style);

    /** One invoice for the whole quote. */
    static BillingPlan single() {
        return new Single(Optional.empty(), Sequencing.AFTER_ISSUE);
    }

    /** One invoice for the whole quote, made once {@code event} is reached ("delivery"). */
    static BillingPlan singleOn(String event) {
        return new Single(Optional.of(event), Sequencing.AFTER_ISSUE);
    }

    /** Deposits ({@code deposit-1}...) then the final invoice ({@code final}). */
    static BillingPlan deposits(Share... deposits) {
        Checks.required(deposits, "deposits");
        List<Instalments.Advance> advances = new ArrayList<>(deposits.length);
        for (int i = 0; i < deposits.length; i++) {
            advances.add(new Instalments.Advance("deposit-" + (i + 1), Checks.required(deposits[i], "deposits[" + i + "]"),
                    Optional.empty()));
        }
        return new Instalments(advances, "final", Optional.empty(), Optional.empty(), SettlementStyle.DEDUCTION_LINES,
                Sequencing.AFTER_ISSUE);
    }

    /**
     * A schedule of milestones; their shares should sum to 100 % (an anomaly says when they do not;
     * the last milestone, the final invoice, always bills what remains).
     */
    static BillingPlan milestones(List<Milestone> milestones) {
        List<Milestone> ms = Checks.nonEmptyList(milestones, "milestones");
        Checks.unique(ms, Milestone::event, "milestones", "event");
        List<Instalments.Advance> advances = new ArrayList<>(ms.size() - 1);
        for (int i = 0; i < ms.size() - 1; i++) {
            advances.add(new Instalments.Advance("milestone:" + ms.get(i).event(), ms.get(i).share(), Optional.of(ms.get(i).event())));
        }
        Milestone last = ms.get(ms.size() - 1);
        return new Instalments(advances, "milestone:" + last.event(), Optional.of(last.event()), Optional.of(last.share()),
                SettlementStyle.DEDUCTION_LINES, Sequencing.AFTER_ISSUE);
    }

    /** Progress invoices, one per situation, in order. */
    static BillingPlan progress(List<Situation> situations) {
        return new Progress(situations, SettlementStyle.DEDUCTION_LINES, Sequencing.AFTER_ISSUE);
    }

    /**
     * One invoice for the whole quote.
     *
     * @param event the event that triggers it, if any
     * @param sequencing when it may be invoiced
     */
    record Single(Optional<String> event, Sequencing sequencing) implements BillingPlan {
        /** Validates presence. */
        public Single {
            event = Checks.optionalText(event, "event");
            Checks.required(sequencing, "sequencing");
        }

        /** Nothing precedes a single invoice: always {@link SettlementStyle#DEDUCTION_LINES}. */
        @Override
        public SettlementStyle settlement() {
            return SettlementStyle.DEDUCTION_LINES;
        }

        @Override
        public BillingPlan payThenInvoice() {
            return new Single(event, Sequencing.AFTER_PAYMENT);
        }

        @Override
        public BillingPlan withSettlement(SettlementStyle style) {
            Checks.required(style, "settlement");
            return this;
        }
    }

    /**
     * Advance invoices (deposits or milestones, each a deposit invoice) then a final invoice.
     *
     * @param advances the advance steps, in order (may be empty)
     * @param finalStep the final step's name
     * @param finalEvent the event that triggers the final invoice, if any
     * @param finalShare the share declared for the final step (milestones), used only by the 100 % check:
     *        the final invoice always bills what remains
     * @param settlement how the final invoice settles the advances
     * @param sequencing when a step may be invoiced
     */
    record Instalments(List<Advance> advances, String finalStep, Optional<String> finalEvent, Optional<Share> finalShare,
                       SettlementStyle settlement, Sequencing sequencing) implements BillingPlan {
        /** Validates every part; step names must be unique. */
        public Instalments {
            advances = Checks.list(advances, "advances");
            finalStep = Checks.text(finalStep, "finalStep", 90);
            finalEvent = Checks.optionalText(finalEvent, "finalEvent");
            finalShare = Checks.optional(finalShare);
            Checks.required(settlement, "settlement");
            Checks.required(sequencing, "sequencing");
            Checks.unique(advances, Advance::step, "advances", "step");
            for (int i = 0; i < advances.size(); i++) {
                Checks.check(!advances.get(i).step().equals(finalStep), ErrorCodes.DUPLICATE, "advances[" + i + "].step",
                        "'" + finalStep + "' is the final step's name");
            }
        }

        @Override
        public BillingPlan payThenInvoice() {
            return new Instalments(advances, finalStep, finalEvent, finalShare, settlement, Sequencing.AFTER_PAYMENT);
        }

        @Override
        public BillingPlan withSettlement(SettlementStyle style) {
            return new Instalments(advances, finalStep, finalEvent, finalShare, style, sequencing);
        }

        /**
         * One advance step: a deposit invoice for a share of the quote.
         *
         * @param step its name, e.g. {@code deposit-1}, {@code milestone:order}
         * @param share what it bills
         * @param event the event that triggers it, if any
         */
        public record Advance(String step, Share share, Optional<String> event) {
            /** Validates every part. */
            public Advance {
                step = Checks.text(step, "step", 90);
                Checks.required(share, "share");
                event = Checks.optionalText(event, "event");
            }
        }
    }

    /**
     * Progress invoices (factures de situation).
     *
     * @param situations the situations reported so far, in order (step {@code situation-n} for the n-th)
     * @param settlement how the closing situation settles the earlier ones
     * @param sequencing when a situation may be invoiced (each also waits until the previous one is issued)
     */
    record Progress(List<Situation> situations, SettlementStyle settlement, Sequencing sequencing) implements BillingPlan {
        /** Validates every part. */
        public Progress {
            situations = Checks.nonEmptyList(situations, "situations");
            Checks.required(settlement, "settlement");
            Checks.required(sequencing, "sequencing");
        }

        @Override
        public BillingPlan payThenInvoice() {
            return new Progress(situations, settlement, Sequencing.AFTER_PAYMENT);
        }

        @Override
        public BillingPlan withSettlement(SettlementStyle style) {
            return new Progress(situations, style, sequencing);
        }
    }
}
