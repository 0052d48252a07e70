package io.github.quote2invoice.invoice;

import io.github.quote2invoice.internal.Checks;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The price revision applied to a line, printed on the invoice: P = P0 x (a + b x I / I0).
 *
 * @param indexName the index series ("BT01")
 * @param baseMonth the month of I0
 * @param baseValue I0
 * @param revisionMonth the month of I
 * @param revisionValue I
 * @param provisional true when I was a provisional value (a final value may later give an adjustment)
 * @param coefficient the coefficient applied, after its rounding, floor, cap and neutralisation
 * @param originalUnitPrice P0
 */
public record IndexationDetail(String indexName, YearMonth baseMonth, BigDecimal baseValue, YearMonth revisionMonth,
                               BigDecimal revisionValue, boolean provisional, BigDecimal coefficient, BigDecimal originalUnitPrice) {
    /** Validates presence and signs. */
    public IndexationDetail {
        indexName = Checks.text(indexName, "indexName", 50);
        Checks.required(baseMonth, "baseMonth");
        Checks.positive(baseValue, "baseValue");
        Checks.required(revisionMonth, "revisionMonth");
        Checks.positive(revisionValue, "revisionValue");
        Checks.positive(coefficient, "coefficient");
        Checks.notNegative(originalUnitPrice, "originalUnitPrice");
    }
}
