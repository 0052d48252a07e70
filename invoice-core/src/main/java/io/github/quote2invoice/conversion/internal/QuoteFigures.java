package io.github.quote2invoice.conversion.internal;

import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.TaxableAmount;
import io.github.quote2invoice.document.Totals;
import io.github.quote2invoice.document.TotalsCalculator;
import io.github.quote2invoice.invoice.BillingFramework;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of the operation a conversion bills, computed once per call: each whole-operation
 * invoice line (quote line carried over, price revised where a clause covers it), the operation's
 * totals through the one {@link TotalsCalculator}, and the nature of what is sold.
 */
final class QuoteFigures {
    final Quote quote;
    final TotalsCalculator calculator;
    final List<InvoiceLine> wholeLines;
    final Totals totals;
    final boolean hasGoods;
    final boolean hasServices;

    QuoteFigures(Quote quote, List<InvoiceLine> wholeLines) {
        this.quote = quote;
        this.calculator = new TotalsCalculator(quote.rounding());
        this.wholeLines = wholeLines;
        List<TaxableAmount> amounts = new ArrayList<>(wholeLines.size());
        boolean goods = false;
        boolean services = false;
        for (InvoiceLine l : wholeLines) {
            amounts.add(TaxableAmount.of(l.vatRate(), l.netAmount()));
            if (l.nature() == LineNature.GOODS) {
                goods = true;
            } else {
                services = true;
            }
        }
        this.hasGoods = goods;
        this.hasServices = services;
        this.totals = calculator.totals(quote.currency(), amounts, quote.allowancesCharges(), Money.zero(quote.currency()));
    }

    /** The VAT breakdown of the whole operation, in order of first appearance. */
    List<VatBreakdown> breakdown() {
        return totals.vatBreakdown();
    }

    /** The line nets of {@code rate}: goods first, then services. */
    Money[] netsByNature(VatRate rate) {
        Money goods = Money.zero(quote.currency());
        Money services = goods;
        for (InvoiceLine l : wholeLines) {
            if (l.vatRate().equals(rate)) {
                if (l.nature() == LineNature.GOODS) {
                    goods = goods.plus(l.netAmount());
                } else {
                    services = services.plus(l.netAmount());
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
