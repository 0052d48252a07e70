package io.github.quote2invoice.document;

import io.github.quote2invoice.error.CurrencyMismatchException;
import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.money.RoundingPolicy;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Map<VatRate, Money[]> groups = new LinkedHashMap<>();
        Money lineTotal = zero;
        for (int i = 0; i < lines.size(); i++) {
            TaxableAmount t = lines.get(i);
            if (!t.net().currency().equals(currency)) {
                throw mismatch("lines[" + i + "].net", currency, t.net());
            }
            lineTotal = lineTotal.plus(t.net());
            Money[] g = groups.computeIfAbsent(t.rate(), r -> new Money[] {zero, zero, zero});
            // g[0]: taxable base of VAT still to compute, g[1]: whole taxable, g[2]: VAT already known
            g[1] = g[1].plus(t.net());
            if (t.settledVat().isPresent()) {
                if (!t.settledVat().get().currency().equals(currency)) {
                    throw mismatch("lines[" + i + "].settledVat", currency, t.settledVat().get());
                }
                g[2] = g[2].plus(t.settledVat().get());
            } else if (policy.vatMode() == RoundingPolicy.VatMode.PER_LINE) {
                g[2] = g[2].plus(vatOf(t.net(), t.rate()));
            } else {
                g[0] = g[0].plus(t.net());
            }
        }
        Money allowances = zero;
        Money charges = zero;
        for (int i = 0; i < allowancesCharges.size(); i++) {
            AllowanceCharge ac = allowancesCharges.get(i);
            if (!ac.amount().currency().equals(currency)) {
                throw mismatch("allowancesCharges[" + i + "].amount", currency, ac.amount());
            }
            if (ac.kind() == AllowanceCharge.Kind.ALLOWANCE) {
                allowances = allowances.plus(ac.amount());
            } else {
                charges = charges.plus(ac.amount());
            }
            Money[] g = groups.computeIfAbsent(ac.vatRate(), r -> new Money[] {zero, zero, zero});
            g[1] = g[1].plus(ac.signedAmount());
            if (policy.vatMode() == RoundingPolicy.VatMode.PER_LINE) {
                g[2] = g[2].plus(vatOf(ac.signedAmount(), ac.vatRate()));
            } else {
                g[0] = g[0].plus(ac.signedAmount());
            }
        }
        List<VatBreakdown> breakdown = new ArrayList<>(groups.size());
        Money vatTotal = zero;
        for (Map.Entry<VatRate, Money[]> e : groups.entrySet()) {
            Money[] g = e.getValue();
            Money vat = vatOf(g[0], e.getKey()).plus(g[2]);
            breakdown.add(new VatBreakdown(e.getKey(), g[1], vat));
            vatTotal = vatTotal.plus(vat);
        }
        requireCurrency(prepaid, currency, "prepaid");
        Money taxExclusive = lineTotal.minus(allowances).plus(charges);
        Money taxInclusive = taxExclusive.plus(vatTotal);
        return new Totals(lineTotal, allowances, charges, taxExclusive, vatTotal, taxInclusive, prepaid,
                taxInclusive.minus(prepaid), breakdown);
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
