package io.github.quote2invoice.conversion;

import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.document.Discount;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.document.UnitOfMeasure;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.money.RoundingPolicy;
import io.github.quote2invoice.quote.Acceptance;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.quote.QuoteLine;
import io.github.quote2invoice.tax.VatRate;
import io.github.quote2invoice.testing.Samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Random accepted quotes and billing plans, reproducible from one seed (QuickTheories prints the seed
 * of a failing case), plus the independent oracle: a quote's taxable amount and VAT per rate computed
 * with plain BigDecimal arithmetic, without the library's calculator.
 */
final class RandomDeals {
    static final List<VatRate> RATES = List.of(VatRate.standard("20"), VatRate.standard("10"), VatRate.standard("5.5"),
            VatRate.standard("2.1"), VatRate.zeroRated(), VatRate.reverseCharge(), VatRate.intraCommunity(), VatRate.export(),
            VatRate.franchiseEnBase());
    static final Instant SENT = Samples.QUOTE_DATE.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
    private static final io.github.quote2invoice.party.Party SELLER = Samples.seller();
    private static final io.github.quote2invoice.party.Party BUYER = Samples.buyer();
    private static final io.github.quote2invoice.document.PaymentTerms TERMS = Samples.terms();

    private RandomDeals() {
    }

    /** An accepted quote with 1 to 8 lines over 1 to 3 rates, in EUR, JPY or KWD. */
    static Quote quote(long seed) {
        Random r = new Random(seed);
        Currency currency = Currency.getInstance(r.nextInt(6) == 0 ? "JPY" : r.nextInt(5) == 0 ? "KWD" : "EUR");
        int digits = currency.getDefaultFractionDigits();
        RoundingPolicy rounding = switch (r.nextInt(8)) {
            case 0 -> new RoundingPolicy(RoundingMode.HALF_UP, RoundingMode.HALF_UP, RoundingPolicy.VatMode.PER_LINE);
            case 1 -> new RoundingPolicy(RoundingMode.HALF_EVEN, RoundingMode.HALF_EVEN, RoundingPolicy.VatMode.PER_CATEGORY);
            default -> RoundingPolicy.DEFAULT;
        };
        List<VatRate> rates = new ArrayList<>();
        int rateCount = 1 + r.nextInt(3);
        while (rates.size() < rateCount) {
            VatRate v = RATES.get(r.nextInt(r.nextBoolean() ? 4 : RATES.size()));
            if (!rates.contains(v)) {
                rates.add(v);
            }
        }
        Quote.Builder b = Quote.builder().id("q-" + Long.toHexString(seed)).number("D-" + Long.toHexString(seed & 0xffff))
                .issueDate(Samples.QUOTE_DATE).validUntil(Samples.QUOTE_DATE.plusDays(30)).currency(currency).rounding(rounding)
                .seller(SELLER).buyer(BUYER).paymentTerms(TERMS);
        int lines = 1 + r.nextInt(8);
        for (int i = 1; i <= lines; i++) {
            b.line(line(r, String.valueOf(i), rates.get(r.nextInt(rates.size())), currency, rounding));
        }
        Quote draft = b.build();
        Map<VatRate, BigDecimal[]> groups = oracle(draft);
        int acs = r.nextInt(3);
        for (int i = 0; i < acs; i++) {
            VatRate v = rates.get(r.nextInt(rates.size()));
            BigDecimal net = groups.containsKey(v) ? groups.get(v)[0] : BigDecimal.ZERO;
            if (r.nextBoolean()) {
                Money amount = Money.ofMinor(1 + r.nextInt(50_000), currency);
                draft = draft.toBuilder().allowanceCharge(AllowanceCharge.charge(amount, v, "Frais de livraison")).build();
            } else if (net.signum() > 0) {
                // An allowance of at most half the rate's lines keeps every rate's taxable amount positive.
                long max = net.movePointRight(digits).longValueExact() / 2;
                if (max >= 1) {
                    Money amount = Money.ofMinor(1 + (long) (r.nextDouble() * max), currency);
                    draft = draft.toBuilder().allowanceCharge(AllowanceCharge.allowance(amount, v, "Remise commerciale")).build();
                    groups = oracle(draft);
                }
            }
        }
        return accept(draft);
    }

    static Quote accept(Quote draft) {
        return draft.send(SENT).quote().accept(Acceptance.clickThrough("Paul Martin", Samples.ACCEPTED_AT, "ip=203.0.113.7")).quote();
    }

    static QuoteLine line(Random r, String id, VatRate rate, Currency currency, RoundingPolicy rounding) {
        BigDecimal quantity = BigDecimal.valueOf(1 + r.nextInt(r.nextBoolean() ? 10 : 2000), r.nextInt(4) == 0 ? r.nextInt(4) : 0);
        if (quantity.signum() == 0) {
            quantity = BigDecimal.ONE;
        }
        BigDecimal price = BigDecimal.valueOf(r.nextInt(r.nextBoolean() ? 1_000_000 : 100_000_000), r.nextInt(5));
        LineNature nature = r.nextBoolean() ? LineNature.GOODS : LineNature.SERVICES;
        QuoteLine line = new QuoteLine(id, "Article " + id, Optional.empty(), new Quantity(quantity, UnitOfMeasure.ONE), price, rate,
                Optional.empty(), nature, Optional.empty());
        int d = r.nextInt(4);
        if (d == 1) {
            line = line.withDiscount(new Discount.Percentage(BigDecimal.valueOf(1 + r.nextInt(5000), 2), Optional.empty()));
        } else if (d == 2) {
            BigDecimal gross = quantity.multiply(price).setScale(currency.getDefaultFractionDigits(), rounding.lineRounding());
            long max = gross.movePointRight(currency.getDefaultFractionDigits()).longValueExact();
            if (max >= 1) {
                line = line.withDiscount(Discount.amount(Money.ofMinor(1 + (long) (r.nextDouble() * max), currency)));
            }
        }
        return line;
    }

    /** A random plan for {@code quote}: single, deposits, milestones or progress. */
    static BillingPlan plan(long seed, Quote quote) {
        Random r = new Random(seed * 31 + 7);
        Currency currency = quote.currency();
        BillingPlan plan = switch (r.nextInt(4)) {
            case 0 -> BillingPlan.single();
            case 1 -> {
                int n = 1 + r.nextInt(3);
                Share[] shares = new Share[n];
                for (int i = 0; i < n; i++) {
                    shares[i] = share(r, quote, currency, 90 / n);
                }
                yield BillingPlan.deposits(shares);
            }
            case 2 -> {
                int n = 1 + r.nextInt(4);
                List<Milestone> ms = new ArrayList<>();
                int left = 100;
                for (int i = 0; i < n; i++) {
                    int p = i == n - 1 ? left : 1 + r.nextInt(Math.max(1, left - (n - i)));
                    p = Math.max(1, Math.min(p, 100));
                    left -= p;
                    // Now and then a schedule that does not sum to 100 %.
                    String percent = r.nextInt(10) == 0 ? String.valueOf(Math.max(1, p - 1)) : String.valueOf(p);
                    ms.add(new Milestone("event-" + i, r.nextInt(4) == 0 ? new Share.Percent(new BigDecimal(percent), Share.Basis.INCLUDING_VAT)
                            : new Share.Percent(new BigDecimal(percent), Share.Basis.EXCLUDING_VAT)));
                }
                yield BillingPlan.milestones(ms);
            }
            default -> BillingPlan.progress(situations(r, quote));
        };
        return plan;
    }

    private static Share share(Random r, Quote quote, Currency currency, int maxPercent) {
        Share.Basis basis = r.nextBoolean() ? Share.Basis.EXCLUDING_VAT : Share.Basis.INCLUDING_VAT;
        if (r.nextInt(3) == 0) {
            BigDecimal total = basis == Share.Basis.INCLUDING_VAT ? quote.totals().taxInclusive().amount() : quote.totals().taxExclusive().amount();
            long max = total.movePointRight(currency.getDefaultFractionDigits()).longValueExact() * maxPercent / 100;
            if (max >= 1) {
                return new Share.Amount(Money.ofMinor(1 + (long) (r.nextDouble() * max), currency), basis);
            }
        }
        return new Share.Percent(BigDecimal.valueOf(1 + r.nextInt(maxPercent * 100), 2), basis);
    }

    /** 1 to 4 situations of rising completion, the last one at 100 % for every line. */
    static List<Situation> situations(Random r, Quote quote) {
        int n = 1 + r.nextInt(4);
        Map<String, BigDecimal> done = new LinkedHashMap<>();
        quote.lines().forEach(l -> done.put(l.id(), BigDecimal.ZERO));
        List<Situation> result = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Map<String, BigDecimal> cumulative = new LinkedHashMap<>();
            for (QuoteLine l : quote.lines()) {
                BigDecimal before = done.get(l.id());
                BigDecimal now;
                if (k == n - 1) {
                    now = BigDecimal.valueOf(100);
                } else if (r.nextInt(3) == 0) {
                    continue;
                } else {
                    int room = BigDecimal.valueOf(100).subtract(before).movePointRight(2).intValueExact();
                    now = before.add(BigDecimal.valueOf(r.nextInt(room + 1), 2));
                }
                cumulative.put(l.id(), now);
                done.put(l.id(), now);
            }
            if (!cumulative.isEmpty()) {
                result.add(Situation.of(cumulative));
            }
        }
        return result;
    }

    /**
     * The oracle: per rate, {taxable, VAT} of the quote, computed directly. Line net = round(quantity x
     * price) - discount (a percentage rounded on the rounded gross); taxable = nets + charges -
     * allowances; VAT = round(taxable x rate) per rate, or the sum of each line's and each allowance's
     * rounded VAT in per-line mode.
     */
    static Map<VatRate, BigDecimal[]> oracle(Quote q) {
        int digits = q.currency().getDefaultFractionDigits();
        RoundingMode line = q.rounding().lineRounding();
        RoundingMode vat = q.rounding().vatRounding();
        boolean perLine = q.rounding().vatMode() == RoundingPolicy.VatMode.PER_LINE;
        Map<VatRate, BigDecimal[]> groups = new LinkedHashMap<>();
        for (QuoteLine l : q.lines()) {
            BigDecimal gross = l.quantity().value().multiply(l.unitPrice()).setScale(digits, line);
            BigDecimal discount = BigDecimal.ZERO;
            if (l.discount().isPresent() && l.discount().get() instanceof Discount.Percentage p) {
                discount = gross.multiply(p.percent()).divide(BigDecimal.valueOf(100)).setScale(digits, line);
            } else if (l.discount().isPresent()) {
                discount = ((Discount.Fixed) l.discount().get()).amount().amount();
            }
            add(groups, l.vatRate(), gross.subtract(discount), perLine, digits, vat);
        }
        for (AllowanceCharge ac : q.allowancesCharges()) {
            BigDecimal signed = ac.kind() == AllowanceCharge.Kind.CHARGE ? ac.amount().amount() : ac.amount().amount().negate();
            add(groups, ac.vatRate(), signed, perLine, digits, vat);
        }
        if (!perLine) {
            for (Map.Entry<VatRate, BigDecimal[]> e : groups.entrySet()) {
                e.getValue()[1] = vatOf(e.getValue()[0], e.getKey(), digits, vat);
            }
        }
        return groups;
    }

    private static void add(Map<VatRate, BigDecimal[]> groups, VatRate rate, BigDecimal net, boolean perLine, int digits, RoundingMode vat) {
        BigDecimal[] g = groups.computeIfAbsent(rate, k -> new BigDecimal[] {BigDecimal.ZERO.setScale(digits), BigDecimal.ZERO.setScale(digits)});
        g[0] = g[0].add(net);
        if (perLine) {
            g[1] = g[1].add(vatOf(net, rate, digits, vat));
        }
    }

    static BigDecimal vatOf(BigDecimal base, VatRate rate, int digits, RoundingMode mode) {
        return base.multiply(rate.percent()).divide(BigDecimal.valueOf(100)).setScale(digits, mode);
    }

    /** The oracle as comparable lists, zero rates left out. */
    static Map<VatRate, List<Money>> oracleMoney(Quote q) {
        Map<VatRate, List<Money>> result = new LinkedHashMap<>();
        oracle(q).forEach((rate, g) -> {
            if (g[0].signum() != 0 || g[1].signum() != 0) {
                result.put(rate, List.of(Money.of(g[0], q.currency()), Money.of(g[1], q.currency())));
            }
        });
        return result;
    }
}
