package io.github.quote2invoice.check.internal;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.check.AnomalyCodes;
import io.github.quote2invoice.check.InvoiceCheck;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
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
            for (int i = 0; i < lines.size(); i++) {
                InvoiceLine line = lines.get(i);
                List<BigDecimal> others = new ArrayList<>();
                for (InvoiceLine other : lines) {
                    if (other != line && other.quantity().unit().equals(line.quantity().unit())) {
                        others.add(other.unitPrice());
                    }
                }
                if (others.size() < 2) {
                    continue;
                }
                BigDecimal median = median(others);
                BigDecimal price = line.unitPrice();
                if (median.signum() > 0 && price.compareTo(median.multiply(outlierFactor.get())) > 0) {
                    out.add(Anomaly.warning(AnomalyCodes.LINE_PRICE_OUTLIER, "lines[" + i + "].unitPrice", "unit price "
                            + price.toPlainString() + " is more than " + outlierFactor.get().toPlainString()
                            + " times the median of the other " + line.quantity().unit().code() + " lines, " + median.toPlainString()));
                }
            }
        }
        return out;
    }

    private static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 5, RoundingMode.HALF_UP);
    }
}
