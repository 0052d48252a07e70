package io.github.quote2invoice.conversion.internal;

import io.github.quote2invoice.conversion.ConversionContext;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.TaxableAmount;
import io.github.quote2invoice.document.Totals;
import io.github.quote2invoice.document.TotalsCalculator;
import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.indexation.PriceIndexation;
import io.github.quote2invoice.indexation.RevisedPrice;
import io.github.quote2invoice.invoice.BillingFramework;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.quote.QuoteLine;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The figures of the operation a conversion bills, computed once per call: each quote line's net
 * (at its revised price where a clause covers it), the operation's totals through the one
 * {@link TotalsCalculator} (when asked), the nature of what is sold; the whole-operation invoice lines are built
 * only when a draft needs them (a deposit needs only the totals).
 */
final class QuoteFigures {
    final Quote quote;
    final TotalsCalculator calculator;
    private final List<TaxableAmount> amounts;
    private Totals totals;
    final boolean hasGoods;
    final boolean hasServices;
    private final Money[] nets;
    private final RevisedPrice[] revised;
    private List<InvoiceLine> wholeLines;

    QuoteFigures(Quote quote, ConversionContext context) {
        this.quote = quote;
        this.calculator = new TotalsCalculator(quote.rounding());
        List<QuoteLine> lines = quote.lines();
        int n = lines.size();
        this.nets = new Money[n];
        this.revised = new RevisedPrice[n];
        PriceIndexation clause = context.indexation().orElse(null);
        List<TaxableAmount> amounts = new ArrayList<>(n);
        boolean goods = false;
        boolean services = false;
        for (int i = 0; i < n; i++) {
            QuoteLine q = lines.get(i);
            if (clause != null && DraftFactory.covers(clause, q.id(), i)) {
                revised[i] = DraftFactory.revise(clause, q, context, i);
                nets[i] = calculator.lineAmounts(q.withUnitPrice(revised[i].unitPrice()), quote.currency()).net();
            } else {
                nets[i] = calculator.lineAmounts(q, quote.currency()).net();
            }
            amounts.add(TaxableAmount.of(q.vatRate(), nets[i]));
            if (q.nature() == LineNature.GOODS) {
                goods = true;
            } else {
                services = true;
            }
        }
        this.hasGoods = goods;
        this.hasServices = services;
        this.amounts = amounts;
    }

    /** The operation's totals, computed on first use (a final invoice after deposits in percent never needs them). */
    Totals totals() {
        if (totals == null) {
            totals = calculator.totals(quote.currency(), amounts, quote.allowancesCharges(), Money.zero(quote.currency()));
        }
        return totals;
    }

    /**
     * Every quote line as an invoice line: same id, quantity, unit price, discount, rate and nature; a
     * line covered by the price indexation carries its revised unit price, net and computation.
     */
    List<InvoiceLine> wholeLines() {
        if (wholeLines == null) {
            List<QuoteLine> lines = quote.lines();
            List<InvoiceLine> result = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                QuoteLine q = lines.get(i);
                InvoiceLine.Builder b = InvoiceLine.builder(q.id(), q.designation()).description(q.description()).quantity(q.quantity())
                        .unitPrice(q.unitPrice()).discount(q.discount()).vatRate(q.vatRate()).nature(q.nature())
                        .sourceLineId(Optional.of(q.id())).sellerItemId(q.sellerItemId()).netAmount(nets[i]);
                if (revised[i] != null) {
                    b.unitPrice(revised[i].unitPrice()).indexation(Optional.of(revised[i].detail()));
                }
                result.add(b.build());
            }
            wholeLines = List.copyOf(result);
        }
        return wholeLines;
    }

    /** The VAT breakdown of the whole operation, in order of first appearance. */
    List<VatBreakdown> breakdown() {
        return totals().vatBreakdown();
    }

    /** The line nets of {@code rate}: goods first, then services. */
    Money[] netsByNature(VatRate rate) {
        Money goods = Money.zero(quote.currency());
        Money services = goods;
        List<QuoteLine> lines = quote.lines();
        for (int i = 0; i < lines.size(); i++) {
            QuoteLine l = lines.get(i);
            if (l.vatRate().equals(rate)) {
                if (l.nature() == LineNature.GOODS) {
                    goods = goods.plus(nets[i]);
                } else {
                    services = services.plus(nets[i]);
                }
            }
        }
        return new Money[] {goods, services};
    }

    /** BT-23 for an ordinary invoice (B1, S1, M1) or a final invoice after deposits (B4, S4, M4). */
    BillingFramework framework(boolean afterDeposits) {
        if (hasGoods && hasServices) {
            return afterDeposits ? BillingFramework.M4 : BillingFramework.M1;
        }
        if (hasGoods) {
            return afterDeposits ? BillingFramework.B4 : BillingFramework.B1;
        }
        return afterDeposits ? BillingFramework.S4 : BillingFramework.S1;
    }

    /** The signed sum of the quote's allowances and charges of {@code rate}. */
    Money allowanceChargeOf(VatRate rate) {
        Money sum = Money.zero(quote.currency());
        for (AllowanceCharge ac : quote.allowancesCharges()) {
            if (ac.vatRate().equals(rate)) {
                sum = sum.plus(ac.signedAmount());
            }
        }
        return sum;
    }
}
