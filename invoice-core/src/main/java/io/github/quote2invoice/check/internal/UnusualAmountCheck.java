package io.github.quote2invoice.check.internal;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.check.AnomalyCodes;
import io.github.quote2invoice.check.InvoiceCheck;
import io.github.quote2invoice.document.UnitOfMeasure;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Amounts worth a second look (WARNING): a total incl. VAT above the threshold configured for its
 * currency, and a line whose unit price exceeds {@code factor} times the median unit price of the other
 * lines in the same unit of measure (at least two others, median above zero): a typo in a price or a
 * misplaced decimal point. Prices in different units (an oven and hours of labour) are not compared.
 * Not API.
 */
public final class UnusualAmountCheck implements InvoiceCheck {
    private final Map<Currency, Money> maxTotals;
    private final Optional<BigDecimal> outlierFactor;

    /**
     * @param maxTotals per currency, the highest total incl. VAT that raises no warning
     * @param outlierFactor how many times the others' median a unit price may reach; empty to skip
     */
    public UnusualAmountCheck(Map<Currency, Money> maxTotals, Optional<BigDecimal> outlierFactor) {
        this.maxTotals = Map.copyOf(maxTotals);
        this.outlierFactor = outlierFactor;
    }

    @Override
    public List<Anomaly> check(Invoice draft) {
        List<Anomaly> out = new ArrayList<>();
        Money max = maxTotals.get(draft.currency());
        Money total = draft.totals().taxInclusive();
        if (max != null && total.isGreaterThan(max)) {
            out.add(Anomaly.warning(AnomalyCodes.AMOUNT_ABOVE_THRESHOLD, "totals.taxInclusive",
                    "total " + total + " is above the threshold " + max));
        }
        if (outlierFactor.isPresent()) {
            List<InvoiceLine> lines = draft.lines();
            BigDecimal factor = outlierFactor.get();
            BigDecimal[] medians = mediansOfOthers(lines);
            for (int i = 0; i < lines.size(); i++) {
                BigDecimal median = medians[i];
                BigDecimal price = lines.get(i).unitPrice();
                if (median != null && median.signum() > 0 && price.compareTo(median.multiply(factor)) > 0) {
                    out.add(Anomaly.warning(AnomalyCodes.LINE_PRICE_OUTLIER, "lines[" + i + "].unitPrice", "unit price "
                            + price.toPlainString() + " is more than " + factor.toPlainString()
                            + " times the median of the other " + lines.get(i).quantity().unit().code() + " lines, " + median.toPlainString()));
                }
            }
        }
        return out;
    }

    /**
     * For each line, the median unit price of the other lines in its unit of measure, or null when it has
     * fewer than two others. Sorts each unit's prices once (n log n): the median of "all but one" is read
     * from the sorted prices by skipping that one's position.
     */
    static BigDecimal[] mediansOfOthers(List<InvoiceLine> lines) {
        int n = lines.size();
        BigDecimal[] medians = new BigDecimal[n];
        Map<UnitOfMeasure, List<Integer>> byUnit = new HashMap<>();
        for (int i = 0; i < n; i++) {
            byUnit.computeIfAbsent(lines.get(i).quantity().unit(), u -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : byUnit.values()) {
            int m = group.size();
            if (m < 3) {
                continue;
            }
            BigDecimal[] sorted = new BigDecimal[m];
            for (int k = 0; k < m; k++) {
                sorted[k] = lines.get(group.get(k)).unitPrice();
            }
            Arrays.sort(sorted);
            for (int index : group) {
                // removing any one copy of an equal price leaves the same others
                int skip = Arrays.binarySearch(sorted, lines.get(index).unitPrice());
                medians[index] = medianWithout(sorted, skip);
            }
        }
        return medians;
    }

    private static BigDecimal medianWithout(BigDecimal[] sorted, int skip) {
        int others = sorted.length - 1;
        BigDecimal upper = nthWithout(sorted, skip, others / 2);
        if (others % 2 == 1) {
            return upper;
        }
        return nthWithout(sorted, skip, others / 2 - 1).add(upper).divide(BigDecimal.valueOf(2), 5, RoundingMode.HALF_UP);
    }

    private static BigDecimal nthWithout(BigDecimal[] sorted, int skip, int n) {
        return sorted[n < skip ? n : n + 1];
    }
}
