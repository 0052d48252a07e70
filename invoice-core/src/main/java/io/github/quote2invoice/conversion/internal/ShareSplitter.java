package io.github.quote2invoice.conversion.internal;

import io.github.quote2invoice.conversion.ConversionException;
import io.github.quote2invoice.conversion.Share;
import io.github.quote2invoice.document.TotalsCalculator;
import io.github.quote2invoice.error.CurrencyMismatchException;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a share of the quote over the quote's VAT rates, in proportion to each rate's taxable amount
 * (excl. VAT basis) or gross amount (incl. VAT basis), with {@link Money#allocate}: the parts sum to
 * the share's amount exactly.
 */
final class ShareSplitter {
    private ShareSplitter() {
    }

    /**
     * The net amount of each rate of {@code figures}' breakdown (same order) billed by {@code share}.
     *
     * @param path the plan path of the share, for errors
     */
    static List<Money> netsPerRate(QuoteFigures figures, Share share, String path) {
        List<VatBreakdown> breakdown = figures.breakdown();
        boolean inclVat = share.basis() == Share.Basis.INCLUDING_VAT;
        List<BigDecimal> ratios = new ArrayList<>(breakdown.size());
        boolean any = false;
        for (int i = 0; i < breakdown.size(); i++) {
            VatBreakdown b = breakdown.get(i);
            if (b.taxableAmount().isNegative()) {
                throw new ConversionException(ConversionException.INVALID_PLAN, "quote.allowancesCharges",
                        "the quote's taxable amount at " + b.rate() + " is negative (" + b.taxableAmount()
                                + "): a share of it cannot be split over the VAT rates");
            }
            BigDecimal r = (inclVat ? b.grossAmount() : b.taxableAmount()).amount();
            any |= r.signum() > 0;
            ratios.add(r);
        }
        if (!any) {
            throw new ConversionException(ConversionException.INVALID_PLAN, path, "the quote's total is zero: there is nothing to split");
        }
        Money whole = amountOf(figures, share, path);
        List<Money> parts = whole.allocate(ratios);
        if (!inclVat) {
            return parts;
        }
        List<Money> nets = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            nets.add(netFor(parts.get(i), breakdown.get(i).rate(), figures.calculator));
        }
        return nets;
    }

    /** The share's amount on its own basis: a percentage of the total (rounded per the quote's line rounding) or the fixed amount. */
    static Money amountOf(QuoteFigures figures, Share share, String path) {
        boolean inclVat = share.basis() == Share.Basis.INCLUDING_VAT;
        Money total = inclVat ? figures.totals().taxInclusive() : figures.totals().taxExclusive();
        if (share instanceof Share.Percent p) {
            return total.percent(p.percent(), figures.quote.rounding().lineRounding());
        }
        Money amount = ((Share.Amount) share).amount();
        if (!amount.currency().equals(total.currency())) {
            throw new CurrencyMismatchException(path + ".amount", total.currency(), amount.currency());
        }
        return amount;
    }

    /** The share as a percentage of the quote's total on its basis (for the 100 % check), 6 decimals. */
    static BigDecimal percentOf(QuoteFigures figures, Share share, String path) {
        if (share instanceof Share.Percent p) {
            return p.percent();
        }
        Money total = share.basis() == Share.Basis.INCLUDING_VAT ? figures.totals().taxInclusive() : figures.totals().taxExclusive();
        Money amount = amountOf(figures, share, path);
        if (total.isZero()) {
            return BigDecimal.valueOf(100).add(BigDecimal.ONE);
        }
        return amount.amount().multiply(BigDecimal.valueOf(100)).divide(total.amount(), 6, RoundingMode.HALF_UP);
    }

    /**
     * The net whose net + VAT equals {@code gross}; when VAT rounding makes that impossible, the net
     * nearest to gross / (1 + rate).
     */
    static Money netFor(Money gross, VatRate rate, TotalsCalculator calculator) {
        if (rate.percent().signum() == 0) {
            return gross;
        }
        BigDecimal divisor = BigDecimal.ONE.add(rate.percent().movePointLeft(2));
        BigDecimal exact = gross.amount().divide(divisor, MathContext.DECIMAL64);
        Money guess = Money.rounded(exact, gross.currency(), RoundingMode.HALF_UP);
        Money unit = Money.ofMinor(1, gross.currency());
        Money[] candidates = {guess, guess.minus(unit), guess.plus(unit)};
        for (Money net : candidates) {
            if (net.plus(calculator.vatOf(net, rate)).equals(gross)) {
                return net;
            }
        }
        return guess;
    }
}
