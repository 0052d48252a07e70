package io.github.quote2invoice.conversion.internal;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.conversion.ApprovalPolicy;
import io.github.quote2invoice.conversion.BillingPlan;
import io.github.quote2invoice.conversion.ConversionContext;
import io.github.quote2invoice.conversion.ConversionResult;
import io.github.quote2invoice.conversion.Sequencing;
import io.github.quote2invoice.conversion.Share;
import io.github.quote2invoice.conversion.StepOutcome;
import io.github.quote2invoice.conversion.StepOutcome.Status;
import io.github.quote2invoice.document.Installment;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.DepositDeduction;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.PaymentInstructions;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One conversion: checks the triggers, reads what was already issued, walks the plan's steps and
 * drafts those that are due. Not API: {@code ConversionEngine} is the entry point.
 */
public final class ConversionRun {
    final Quote quote;
    final BillingPlan plan;
    final ConversionContext context;
    final DealHistory history;
    final QuoteFigures figures;
    final PaymentInstructions instructions;
    private final List<Invoice> drafts = new ArrayList<>();
    private final List<StepOutcome> outcomes = new ArrayList<>();
    private final List<Anomaly> anomalies = new ArrayList<>();
    private final DraftFinisher finisher;

    private ConversionRun(Quote quote, BillingPlan plan, ConversionContext context) {
        this.quote = quote;
        this.plan = plan;
        this.context = context;
        this.history = new DealHistory(quote, context.issuedInvoices());
        this.figures = new QuoteFigures(quote, context);
        this.instructions = DraftFactory.paymentInstructions(quote);
        this.finisher = new DraftFinisher(context);
    }

    /**
     * Converts {@code quote} according to {@code plan} in {@code context}.
     *
     * @throws io.github.quote2invoice.conversion.ConversionException when the quote may not convert or the plan cannot apply
     */
    public static ConversionResult convert(Quote quote, BillingPlan plan, ConversionContext context, ApprovalPolicy policy) {
        Checks.required(quote, "quote");
        Checks.required(plan, "plan");
        Checks.required(context, "context");
        Checks.required(policy, "approvalPolicy");
        Preconditions.requireConvertible(quote, policy);
        ConversionRun run = new ConversionRun(quote, plan, context);
        run.anomalies.addAll(PlanAnomalies.of(quote, context, run.history));
        run.walk();
        return new ConversionResult(run.drafts, run.outcomes, run.anomalies);
    }

    private void walk() {
        Optional<Invoice> closing = history.closing();
        if (closing.isPresent() && closing.get().sourceQuote().orElseThrow().revision() < quote.revision()) {
            listPlanSteps(closing.get(), Status.REPLACED_BY_AMENDMENT);
            new AmendmentBilling(this, closing.get()).run();
            return;
        }
        if (closing.isPresent()) {
            listPlanSteps(closing.get(), Status.NOTHING_TO_BILL);
            return;
        }
        if (plan instanceof BillingPlan.Single s) {
            single(s);
        } else if (plan instanceof BillingPlan.Instalments i) {
            anomalies.addAll(PlanAnomalies.planSum(figures, i));
            instalments(i);
        } else {
            new ProgressBilling(this, (BillingPlan.Progress) plan).run();
        }
    }

    /** After the whole operation was billed: every step is either issued or has nothing left. */
    private void listPlanSteps(Invoice closing, Status otherwise) {
        String detail = otherwise == Status.REPLACED_BY_AMENDMENT
                ? "revision " + closing.sourceQuote().orElseThrow().revision() + " was billed in full by " + closing.number().orElseThrow()
                        + "; this revision bills only its difference (step amendment-" + quote.revision() + ")"
                : "the whole operation was billed by " + closing.number().orElseThrow();
        for (String step : stepNames()) {
            Optional<Invoice> issued = history.issued(step);
            if (issued.isPresent()) {
                outcome(step, Status.ALREADY_ISSUED, "issued as " + issued.get().number().orElseThrow(), issued.get().id());
            } else {
                outcome(step, otherwise, detail, null);
            }
        }
    }

    private List<String> stepNames() {
        List<String> names = new ArrayList<>();
        if (plan instanceof BillingPlan.Single) {
            names.add(DealHistory.SINGLE_STEP);
        } else if (plan instanceof BillingPlan.Instalments i) {
            i.advances().forEach(a -> names.add(a.step()));
            names.add(i.finalStep());
        } else {
            BillingPlan.Progress p = (BillingPlan.Progress) plan;
            for (int k = 1; k <= p.situations().size(); k++) {
                names.add(ProgressBilling.stepName(k));
            }
        }
        return names;
    }

    private void single(BillingPlan.Single s) {
        String step = DealHistory.SINGLE_STEP;
        if (skipped(step, s.event(), List.of(), s.sequencing())) {
            return;
        }
        Invoice.Builder b = DraftFactory.base(quote, step, InvoiceKind.STANDARD, context, instructions).lines(figures.wholeLines())
                .allowancesCharges(quote.allowancesCharges()).billingFramework(Optional.of(figures.framework(false)));
        draft(step, b, 0, 1);
    }

    private void instalments(BillingPlan.Instalments plan) {
        List<String> earlier = new ArrayList<>();
        int stepCount = plan.advances().size() + 1;
        for (int i = 0; i < plan.advances().size(); i++) {
            BillingPlan.Instalments.Advance a = plan.advances().get(i);
            if (!skipped(a.step(), a.event(), earlier, plan.sequencing())) {
                draft(a.step(), advance(a, "plan.advances[" + i + "].share"), i, stepCount);
            }
            earlier.add(a.step());
        }
        String step = plan.finalStep();
        if (skipped(step, plan.finalEvent(), earlier, plan.sequencing())) {
            return;
        }
        for (String e : earlier) {
            if (history.issued(e).isEmpty()) {
                outcome(step, Status.WAITING_FOR_PREVIOUS, "the final invoice deducts " + e + ", which is not issued yet", null);
                return;
            }
        }
        draft(step, closingInvoice(step, plan.settlement(), figures.wholeLines()), stepCount - 1, stepCount);
    }

    /**
     * True (and the outcome recorded) when {@code step} is not to be drafted now: already issued or
     * drafted, its event not reached, or (pay, then invoice) an earlier step not paid.
     */
    boolean skipped(String step, Optional<String> event, List<String> earlier, Sequencing sequencing) {
        Optional<Invoice> issued = history.issued(step);
        if (issued.isPresent()) {
            outcome(step, Status.ALREADY_ISSUED, "issued as " + issued.get().number().orElseThrow(), issued.get().id());
            return true;
        }
        String key = DraftFactory.keyOf(quote, step);
        if (context.draftedKeys().contains(key)) {
            outcome(step, Status.ALREADY_DRAFTED, "a draft exists for " + key, DraftFactory.idOf(key));
            return true;
        }
        if (event.isPresent() && !context.reachedEvents().contains(event.get())) {
            outcome(step, Status.WAITING_FOR_EVENT, "waits for event '" + event.get() + "'", null);
            return true;
        }
        if (sequencing == Sequencing.AFTER_PAYMENT) {
            for (String e : earlier) {
                if (!history.paid(e)) {
                    outcome(step, Status.WAITING_FOR_PAYMENT, "pay, then invoice: " + e + " is not fully paid yet", null);
                    return true;
                }
            }
        }
        return false;
    }

    /** A deposit invoice for {@code a}'s share: one line per VAT rate of the quote, split in proportion. */
    private Invoice.Builder advance(BillingPlan.Instalments.Advance a, String path) {
        List<Money> nets = ShareSplitter.netsPerRate(figures, a.share(), path);
        List<VatBreakdown> breakdown = figures.breakdown();
        String what = describe(a);
        List<InvoiceLine> lines = new ArrayList<>(nets.size() + 1);
        for (int i = 0; i < nets.size(); i++) {
            Money net = nets.get(i);
            if (net.isZero() && !(lines.isEmpty() && i == nets.size() - 1)) {
                continue;
            }
            VatRate rate = breakdown.get(i).rate();
            // Within a rate, goods and services in proportion to their line nets: the nature of the
            // operation (and when its VAT falls due) stays visible on the deposit.
            Money[] byNature = figures.netsByNature(rate);
            boolean goods = byNature[0].isPositive();
            boolean services = byNature[1].isPositive();
            if (goods && services) {
                List<Money> parts = net.allocate(List.of(byNature[0].amount(), byNature[1].amount()));
                lines.add(depositLine(lines.size(), what, rate, LineNature.GOODS, parts.get(0), true));
                lines.add(depositLine(lines.size(), what, rate, LineNature.SERVICES, parts.get(1), true));
            } else {
                lines.add(depositLine(lines.size(), what, rate, goods ? LineNature.GOODS : LineNature.SERVICES, net, false));
            }
        }
        return DraftFactory.base(quote, a.step(), InvoiceKind.DEPOSIT, context, instructions).lines(lines)
                .billingFramework(Optional.of(figures.framework(false)));
    }

    private static InvoiceLine depositLine(int index, String what, VatRate rate, LineNature nature, Money net, boolean named) {
        String label = what + " (" + rate + (named ? (nature == LineNature.GOODS ? ", biens)" : ", services)") : ")");
        return InvoiceLine.builder(String.valueOf(index + 1), label).quantity(Quantity.units(1)).unitPrice(net.amount()).vatRate(rate)
                .nature(nature).netAmount(net).build();
    }

    private String describe(BillingPlan.Instalments.Advance a) {
        Share s = a.share();
        String basis = s.basis() == Share.Basis.INCLUDING_VAT ? " TTC" : " HT";
        String amount = s instanceof Share.Percent p ? p.percent().toPlainString() + " %" + basis
                : ((Share.Amount) s).amount() + basis;
        String head = a.event().isPresent() ? "Acompte (" + a.event().get() + ") de " : "Acompte de ";
        return head + amount + " sur le devis " + quote.number();
    }

    /**
     * The invoice that bills the whole operation: {@code lines} and the quote's allowances and
     * charges, deducting every open advance (final invoice) or nothing (ordinary invoice).
     */
    Invoice.Builder closingInvoice(String step, io.github.quote2invoice.invoice.SettlementStyle settlement, List<InvoiceLine> lines) {
        List<DepositDeduction> deductions = history.openAdvances();
        List<PrecedingInvoice> preceding = new ArrayList<>(deductions.size());
        for (DepositDeduction d : deductions) {
            preceding.add(d.deposit());
        }
        boolean afterDeposits = !deductions.isEmpty();
        return DraftFactory.base(quote, step, afterDeposits ? InvoiceKind.FINAL : InvoiceKind.STANDARD, context, instructions)
                .lines(lines).allowancesCharges(quote.allowancesCharges()).deductions(deductions).settlement(settlement)
                .precedingInvoices(preceding).billingFramework(Optional.of(figures.framework(afterDeposits)));
    }

    /** Builds, dates (when the schedule has one installment per step), finishes and records a draft. */
    void draft(String step, Invoice.Builder builder, int stepIndex, int stepCount) {
        Optional<Installment> installment = DraftFactory.installment(quote, stepIndex, stepCount);
        installment.ifPresent(i -> builder.dueDate(i.dueDate()));
        Invoice built = builder.build();
        if (installment.isPresent() && !installment.get().amount().equals(built.totals().amountDue())) {
            anomalies.add(Anomaly.warning("SCHEDULE_STEP_MISMATCH", "paymentTerms.schedule[" + stepIndex + "].amount",
                    "step " + step + " is due " + built.totals().amountDue() + " but the quote's schedule says "
                            + installment.get().amount() + " on " + installment.get().dueDate()));
        }
        int index = drafts.size();
        Invoice finished = finisher.finish(built, "invoices[" + index + "]", anomalies);
        drafts.add(finished);
        outcome(step, Status.DRAFTED, finished.kind() + " " + finished.totals().amountDue(), finished.id());
    }

    void outcome(String step, Status status, String detail, String invoiceId) {
        outcomes.add(new StepOutcome(step, DraftFactory.keyOf(quote, step), status, detail, Optional.ofNullable(invoiceId)));
    }

    /** Zero in the quote's currency. */
    Money zero() {
        return Money.zero(quote.currency());
    }

    /** 100. */
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
}
