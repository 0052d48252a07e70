package io.github.quote2invoice.conversion.internal;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.conversion.BillingPlan;
import io.github.quote2invoice.conversion.ConversionContext;
import io.github.quote2invoice.document.Installment;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Address;
import io.github.quote2invoice.quote.Quote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The anomalies of a conversion as a whole (those of each draft come from the checks and legal rules):
 * plan not at 100 %, quote changed after acceptance, billing address changed, duplicate conversion,
 * payment schedule not matching the quote.
 */
final class PlanAnomalies {
    /** The shares of a plan do not sum to 100 % of the quote. */
    static final String PLAN_NOT_100_PERCENT = "PLAN_NOT_100_PERCENT";
    /** The quote's content differs from what was accepted. */
    static final String QUOTE_CHANGED_AFTER_ACCEPTANCE = "QUOTE_CHANGED_AFTER_ACCEPTANCE";
    /** The buyer's current billing address differs from the quote's. */
    static final String BILLING_ADDRESS_CHANGED = "BILLING_ADDRESS_CHANGED";
    /** The quote's dated schedule does not add up to its total incl. VAT. */
    static final String SCHEDULE_TOTAL_MISMATCH = "SCHEDULE_TOTAL_MISMATCH";

    private PlanAnomalies() {
    }

    static List<Anomaly> of(Quote quote, ConversionContext context, DealHistory history) {
        List<Anomaly> found = new ArrayList<>(history.anomalies());
        if (quote.changedSinceAcceptance()) {
            found.add(Anomaly.error(QUOTE_CHANGED_AFTER_ACCEPTANCE, "",
                    "quote " + quote.number() + " was edited after the buyer accepted it: invoice what was accepted, or have the revision accepted"));
        }
        if (context.currentBuyer().isPresent()) {
            Address now = context.currentBuyer().get().address();
            if (!now.equals(quote.buyer().address())) {
                found.add(Anomaly.warning(BILLING_ADDRESS_CHANGED, "buyer.address",
                        "the buyer's billing address changed since the quote (" + oneLine(quote.buyer().address()) + " -> " + oneLine(now)
                                + "); the invoices carry the quote's address"));
            }
        }
        List<Installment> schedule = quote.paymentTerms().schedule();
        if (!schedule.isEmpty()) {
            Money sum = Money.zero(quote.currency());
            for (Installment i : schedule) {
                sum = sum.plus(i.amount());
            }
            Money total = quote.totals().taxInclusive();
            if (!sum.equals(total)) {
                found.add(Anomaly.warning(SCHEDULE_TOTAL_MISMATCH, "paymentTerms.schedule",
                        "the payment schedule sums to " + sum + " but the quote's total incl. VAT is " + total));
            }
        }
        return found;
    }

    /** PLAN_NOT_100_PERCENT when milestones do not sum to 100 %, or deposits exceed it. */
    static List<Anomaly> planSum(QuoteFigures figures, BillingPlan.Instalments plan) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < plan.advances().size(); i++) {
            sum = sum.add(ShareSplitter.percentOf(figures, plan.advances().get(i).share(), "plan.advances[" + i + "].share"));
        }
        if (plan.finalShare().isPresent()) {
            sum = sum.add(ShareSplitter.percentOf(figures, plan.finalShare().get(), "plan.finalShare"));
            if (sum.compareTo(ConversionRun.HUNDRED) != 0) {
                return List.of(Anomaly.error(PLAN_NOT_100_PERCENT, "plan",
                        "the milestones sum to " + sum.stripTrailingZeros().toPlainString() + " % of the quote, not 100 %; the last one bills what remains"));
            }
        } else if (sum.compareTo(ConversionRun.HUNDRED) > 0) {
            return List.of(Anomaly.error(PLAN_NOT_100_PERCENT, "plan",
                    "the deposits sum to " + sum.stripTrailingZeros().toPlainString() + " % of the quote, more than 100 %"));
        }
        return List.of();
    }

    private static String oneLine(Address a) {
        return String.join(", ", a.lines()) + ", " + a.postalCode().orElse("") + " " + a.city() + " " + a.countryCode();
    }
}
