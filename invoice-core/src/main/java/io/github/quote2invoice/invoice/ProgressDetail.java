package io.github.quote2invoice.invoice;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;

import java.math.BigDecimal;

/**
 * How a progress invoice line (facture de situation) was computed: the stored fact is the cumulative
 * completion; the line bills cumulative minus what earlier situations billed. PDF and XML both print it.
 *
 * @param cumulativePercent completion to date, 0 to 100
 * @param previousPercent completion billed by earlier situations, 0 to cumulative
 * @param contractAmount the quote line's net amount (100 %)
 * @param cumulativeAmount the amount of the cumulative completion
 * @param previouslyBilled what earlier situations billed for this line
 */
public record ProgressDetail(BigDecimal cumulativePercent, BigDecimal previousPercent, Money contractAmount, Money cumulativeAmount,
                             Money previouslyBilled) {
    /** Validates ranges. */
    public ProgressDetail {
        Checks.percent(cumulativePercent, "cumulativePercent");
        Checks.percent(previousPercent, "previousPercent");
        Checks.required(contractAmount, "contractAmount");
        Checks.required(cumulativeAmount, "cumulativeAmount");
        Checks.required(previouslyBilled, "previouslyBilled");
    }

    /** What this situation bills: cumulative minus previously billed. */
    public Money instalment() {
        return cumulativeAmount.minus(previouslyBilled);
    }
}
