package io.github.quote2invoice.document;

import io.github.quote2invoice.error.CurrencyMismatchException;
import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.money.RoundingPolicy;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/**
 * The one totals calculator, used by quotes and invoices alike.
 *
 * <ul>
 *   <li>Line net = round(quantity x unit price) - discount, where a percentage discount is
 *       round(gross x percent / 100): both rounded to the minor unit with the policy's line rounding.</li>
 *   <li>VAT per category and rate (default, EN 16931 BR-CO-17): round(taxable x rate / 100), where
 *       taxable = line nets - allowances + charges of that rate; per line when the policy says so.</li>
 *   <li>A line whose VAT was settled by an earlier document ({@link TaxableAmount#settledVat()}) adds
 *       that VAT as is, so deposits deducted on a final invoice cancel their VAT to the cent.</li>
 * </ul>
 *
 * Immutable and thread-safe; the breakdown keeps the order in which rates first appear.
 */
public final class TotalsCalculator {
    private final RoundingPolicy policy;

    /** A calculator applying {@code policy}. */
    public TotalsCalculator(RoundingPolicy policy) {
        this.policy = Checks.required(policy, "rounding");
    }

    /** The calculator with {@link RoundingPolicy#DEFAULT}. */
    public static TotalsCalculator standard() {
        return new TotalsCalculator(RoundingPolicy.DEFAULT);
    }

    /** The policy applied. */
    public RoundingPolicy policy() {
        return policy;
    }

    /**
     * Prices one line.
     *
     * @throws InvalidValueException {@code OUT_OF_RANGE} when the discount exceeds the gross amount,
     *         {@code CURRENCY_MISMATCH} when a fixed discount is in another currency
     */
    public LineAmounts lineAmounts(PricedLine line, Currency currency) {
        Money gross = Money.rounded(line.quantity().value().multiply(line.unitPrice()), currency, policy.lineRounding());
        Money discount = Money.zero(currency);
        if (line.discount().isPresent()) {
            Discount d = line.discount().get();
            if (d instanceof Discount.Percentage p) {
                discount = gross.percent(p.percent(), policy.lineRounding());
            } else if (d instanceof Discount.Fixed f) {
                if (!f.amount().currency().equals(currency)) {
                    throw new CurrencyMismatchException("discount.amount", currency, f.amount().currency());
                }
                discount = gross.isNegative() ? f.amount().negated() : f.amount();
            }
            if (discount.abs().isGreaterThan(gross.abs())) {
                throw new InvalidValueException(ErrorCodes.OUT_OF_RANGE, "discount",
                        "discount " + discount + " exceeds the line's gross amount " + gross);
            }
        }
        return new LineAmounts(gross, discount, gross.minus(discount));
    }

    /**
     * The totals of a document.
     *
     * @param currency the document currency
     * @param lines each line's net and rate
     * @param allowancesCharges document-level allowances and charges
     * @param prepaid amount already paid (BT-113), zero if none
     */
    public Totals totals(Currency currency, List<TaxableAmount> lines, List<AllowanceCharge> allowancesCharges, Money prepaid) {
        Money zero = Money.zero(currency);
        boolean perLine = policy.vatMode() == RoundingPolicy.VatMode.PER_LINE;
        // Amounts are summed as BigDecimal (all at the currency's scale, so exact) and wrapped once;
        // rates are grouped by a linear scan (identity first): a document has a handful of rates, and
        // hashing a VatRate on every line cost more than the sums.
        RateGroups groups = new RateGroups(zero.amount());
        BigDecimal lineTotal = zero.amount();
        for (int i = 0; i < lines.size(); i++) {
            TaxableAmount t = lines.get(i);
            Money net = t.net();
            if (!net.currency().equals(currency)) {
                throw mismatch("lines[" + i + "].net", currency, net);
            }
            lineTotal = lineTotal.add(net.amount());
            int g = groups.indexOf(t.rate());
            groups.taxable[g] = groups.taxable[g].add(net.amount());
            if (t.settledVat().isPresent()) {
                Money settled = t.settledVat().get();
                if (!settled.currency().equals(currency)) {
                    throw mismatch("lines[" + i + "].settledVat", currency, settled);
                }
                groups.knownVat[g] = groups.knownVat[g].add(settled.amount());
            } else if (perLine) {
                groups.knownVat[g] = groups.knownVat[g].add(vatOf(net, t.rate()).amount());
            } else {
                groups.base[g] = groups.base[g].add(net.amount());
            }
        }
        BigDecimal allowances = zero.amount();
        BigDecimal charges = zero.amount();
        for (int i = 0; i < allowancesCharges.size(); i++) {
            AllowanceCharge ac = allowancesCharges.get(i);
            if (!ac.amount().currency().equals(currency)) {
                throw mismatch("allowancesCharges[" + i + "].amount", currency, ac.amount());
            }
            if (ac.kind() == AllowanceCharge.Kind.ALLOWANCE) {
                allowances = allowances.add(ac.amount().amount());
            } else {
                charges = charges.add(ac.amount().amount());
            }
            int g = groups.indexOf(ac.vatRate());
            Money signed = ac.signedAmount();
            groups.taxable[g] = groups.taxable[g].add(signed.amount());
            if (perLine) {
                groups.knownVat[g] = groups.knownVat[g].add(vatOf(signed, ac.vatRate()).amount());
            } else {
                groups.base[g] = groups.base[g].add(signed.amount());
            }
        }
        List<VatBreakdown> breakdown = new ArrayList<>(groups.size);
        Money vatTotal = zero;
        for (int g = 0; g < groups.size; g++) {
            VatRate rate = groups.rates[g];
            Money vat = vatOf(Money.of(groups.base[g], currency), rate).plus(Money.of(groups.knownVat[g], currency));
            breakdown.add(new VatBreakdown(rate, Money.of(groups.taxable[g], currency), vat));
            vatTotal = vatTotal.plus(vat);
        }
        requireCurrency(prepaid, currency, "prepaid");
        Money taxExclusive = Money.of(lineTotal.subtract(allowances).add(charges), currency);
        Money taxInclusive = taxExclusive.plus(vatTotal);
        return new Totals(Money.of(lineTotal, currency), Money.of(allowances, currency), Money.of(charges, currency), taxExclusive,
                vatTotal, taxInclusive, prepaid, taxInclusive.minus(prepaid), breakdown);
    }

    /** Per distinct rate, in order of first use: the base of VAT still to compute, the whole taxable amount, VAT already known. */
    private static final class RateGroups {
        private final BigDecimal zero;
        VatRate[] rates = new VatRate[4];
        BigDecimal[] base = new BigDecimal[4];
        BigDecimal[] taxable = new BigDecimal[4];
        BigDecimal[] knownVat = new BigDecimal[4];
        int size;

        RateGroups(BigDecimal zero) {
            this.zero = zero;
        }

        int indexOf(VatRate rate) {
            for (int g = 0; g < size; g++) {
                if (rates[g] == rate) {
                    return g;
                }
            }
            for (int g = 0; g < size; g++) {
                if (rates[g].equals(rate)) {
                    return g;
                }
            }
            if (size == rates.length) {
                rates = Arrays.copyOf(rates, size * 2);
                base = Arrays.copyOf(base, size * 2);
                taxable = Arrays.copyOf(taxable, size * 2);
                knownVat = Arrays.copyOf(knownVat, size * 2);
            }
            rates[size] = rate;
            base[size] = zero;
            taxable[size] = zero;
            knownVat[size] = zero;
            return size++;
        }
    }

    /** VAT of {@code base} at {@code rate}, rounded with the policy's VAT rounding. */
    public Money vatOf(Money base, VatRate rate) {
        if (rate.percent().signum() == 0) {
            return Money.zero(base.currency());
        }
        return base.percent(rate.percent(), policy.vatRounding());
    }

    /** Builds the failure only when it happens: the path strings cost more than the check on the hot path. */
    private static CurrencyMismatchException mismatch(String path, Currency expected, Money m) {
        return new CurrencyMismatchException(path, expected, m.currency());
    }

    private static void requireCurrency(Money m, Currency currency, String path) {
        if (!m.currency().equals(currency)) {
            throw mismatch(path, currency, m);
        }
    }
}
