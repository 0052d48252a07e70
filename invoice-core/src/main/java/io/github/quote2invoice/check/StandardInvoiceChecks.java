package io.github.quote2invoice.check;

import io.github.quote2invoice.check.internal.PaymentTermCheck;
import io.github.quote2invoice.check.internal.SignCheck;
import io.github.quote2invoice.check.internal.TotalsCheck;
import io.github.quote2invoice.check.internal.UnusualAmountCheck;
import io.github.quote2invoice.check.internal.VatRateCheck;
import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The standard checks run on a draft before it is issued, configurable, in this order:
 * <ol>
 *   <li>the legal rule set's mandatory data, when {@link Builder#legal(InvoiceCheck)} is given (e.g.
 *       {@code LegalRuleSets.check(options)}; the conversion engine runs its rule set itself);</li>
 *   <li>totals that disagree with the lines ({@code TOTALS_MISMATCH}, {@code LINE_NET_MISMATCH});</li>
 *   <li>totals of the wrong sign for the kind of document ({@code TOTAL_NEGATIVE}, {@code TOTAL_ZERO});</li>
 *   <li>VAT rates and categories not allowed for the seller's country or the parties
 *       ({@code VAT_RATE_NOT_ALLOWED}, {@code VAT_CATEGORY_NOT_ALLOWED}, {@code EXEMPTION_REASON_MISMATCH});</li>
 *   <li>unusual amounts ({@code AMOUNT_ABOVE_THRESHOLD}, {@code LINE_PRICE_OUTLIER});</li>
 *   <li>French payment terms beyond the legal maximum ({@code PAYMENT_TERM_TOO_LONG}).</li>
 * </ol>
 * Every code is documented in {@code docs/anomalies.md}. Immutable, pure and thread-safe.
 */
public final class StandardInvoiceChecks implements InvoiceCheck {
    /** The French VAT rates: 20, 10, 5.5 and 2.1 % (CGI art. 278 to 281 nonies). */
    public static final Set<BigDecimal> FRENCH_RATES = Set.of(new BigDecimal("20"), new BigDecimal("10"), new BigDecimal("5.5"),
            new BigDecimal("2.1"));

    /** Built once: the checks are immutable, and the conversion engine's default context uses them on every draft. */
    private static final StandardInvoiceChecks DEFAULTS = new Builder().build();

    private final List<InvoiceCheck> checks;

    private StandardInvoiceChecks(List<InvoiceCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The defaults of {@link #builder()}: no legal check, French rates, no total threshold, outliers at 10 x the median. */
    public static StandardInvoiceChecks defaults() {
        return DEFAULTS;
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@inheritDoc}
     *
     * @throws io.github.quote2invoice.error.InvalidValueException {@code REQUIRED} when {@code draft} is null
     */
    @Override
    public List<Anomaly> check(Invoice draft) {
        Checks.required(draft, "draft");
        List<Anomaly> out = new ArrayList<>();
        for (InvoiceCheck c : checks) {
            out.addAll(c.check(draft));
        }
        return List.copyOf(out);
    }

    /** Mutable builder. Not thread-safe. */
    public static final class Builder {
        private Optional<InvoiceCheck> legal = Optional.empty();
        private boolean lineNets = true;
        private final Map<String, Set<BigDecimal>> rates = new HashMap<>(Map.of("FR", FRENCH_RATES));
        private final Map<Currency, Money> maxTotals = new HashMap<>();
        private Optional<BigDecimal> outlierFactor = Optional.of(BigDecimal.TEN);
        private int netDays = 60;
        private int endOfMonthDays = 45;
        private int publicDays = 30;

        private Builder() {
        }

        /** Runs {@code check} first: the legal rule set's mandatory data (e.g. {@code LegalRuleSets.check(options)}). */
        public Builder legal(InvoiceCheck check) {
            legal = Optional.of(Checks.required(check, "legal"));
            return this;
        }

        /** Whether each line net is checked against quantity x unit price - discount (default true). */
        public Builder lineNets(boolean v) {
            lineNets = v;
            return this;
        }

        /** The standard-rate (S) percentages allowed for sellers in {@code countryCode}; replaces the default for France. */
        public Builder allowedRates(String countryCode, Collection<BigDecimal> percents) {
            rates.put(Checks.text(countryCode, "countryCode"), Set.copyOf(Checks.nonEmptyList(List.copyOf(percents), "percents")));
            return this;
        }

        /** A warning when the total incl. VAT exceeds {@code max} (one threshold per currency). */
        public Builder maxTotal(Money max) {
            Checks.required(max, "maxTotal");
            maxTotals.put(max.currency(), max);
            return this;
        }

        /** A warning when a unit price exceeds {@code factor} times the other lines' median (default 10); above 1. */
        public Builder priceOutlierFactor(BigDecimal factor) {
            Checks.check(factor != null && factor.compareTo(BigDecimal.ONE) > 0, ErrorCodes.OUT_OF_RANGE, "priceOutlierFactor",
                    "must be above 1");
            outlierFactor = Optional.of(factor);
            return this;
        }

        /** No price outlier warnings. */
        public Builder noPriceOutliers() {
            outlierFactor = Optional.empty();
            return this;
        }

        /**
         * The French payment deadlines (defaults 60 days net, 45 days end of month, Code de commerce L441-10;
         * 30 days for public buyers, Code de la commande publique R2192-10), e.g. for a sector agreement.
         */
        public Builder paymentTermLimits(int netDays, int endOfMonthDays, int publicDays) {
            Checks.check(netDays > 0 && endOfMonthDays > 0 && publicDays > 0, ErrorCodes.OUT_OF_RANGE, "paymentTermLimits",
                    "limits must be above zero");
            this.netDays = netDays;
            this.endOfMonthDays = endOfMonthDays;
            this.publicDays = publicDays;
            return this;
        }

        /** The configured checks. */
        public StandardInvoiceChecks build() {
            List<InvoiceCheck> all = new ArrayList<>();
            legal.ifPresent(all::add);
            all.add(new TotalsCheck(lineNets));
            all.add(new SignCheck());
            all.add(new VatRateCheck(rates));
            all.add(new UnusualAmountCheck(maxTotals, outlierFactor));
            all.add(new PaymentTermCheck(netDays, endOfMonthDays, publicDays));
            return new StandardInvoiceChecks(all);
        }
    }
}
