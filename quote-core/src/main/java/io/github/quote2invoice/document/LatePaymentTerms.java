package io.github.quote2invoice.document;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * What a late payer owes: an annual penalty rate and, between businesses, a fixed recovery indemnity
 * (France: at least 3 x the legal interest rate, by default the ECB refinancing rate + 10 points;
 * 40 EUR per invoice, Code de commerce L441-10 and D441-5).
 *
 * @param annualRatePercent the yearly penalty rate in percent
 * @param recoveryIndemnity the fixed indemnity, absent for consumers
 * @param basis how the rate was set, printed with it ("taux BCE + 10 points")
 */
public record LatePaymentTerms(BigDecimal annualRatePercent, Optional<Money> recoveryIndemnity, Optional<String> basis) {
    /** Validates the rate. */
    public LatePaymentTerms {
        annualRatePercent = Checks.maxScale(Checks.percent(annualRatePercent, "annualRatePercent"), 4, "annualRatePercent");
        recoveryIndemnity = Checks.optional(recoveryIndemnity);
        basis = Checks.optionalText(basis, "basis");
    }

    /**
     * The French default between businesses: ECB refinancing rate + 10 points, and 40 EUR.
     *
     * @param ecbRefinancingRate the ECB main refinancing rate in force, in percent
     */
    public static LatePaymentTerms frenchB2bDefault(BigDecimal ecbRefinancingRate) {
        return new LatePaymentTerms(ecbRefinancingRate.add(BigDecimal.TEN),
                Optional.of(Money.of(new BigDecimal("40"), Currency.getInstance("EUR"))),
                Optional.of("taux de refinancement BCE + 10 points"));
    }
}
