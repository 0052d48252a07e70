package io.github.quote2invoice.legal.internal;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.invoice.Invoice;

import java.util.Currency;
import java.util.Optional;

/**
 * The VAT of an invoice in a foreign currency is also stated in the national currency (VAT Directive
 * 2006/112/EC art. 230; for France, EUR as BT-6 with BT-111, CTC rule BR-FR-CO-12). Not API.
 */
public final class VatCurrencyRule {
    private VatCurrencyRule() {
    }

    /**
     * The anomaly of an invoice in another currency than {@code national} that does not state its VAT
     * total in {@code national}, or none.
     *
     * @param code the anomaly code of the rule set
     * @param law where the obligation comes from, in parentheses
     */
    public static Optional<Anomaly> check(Invoice draft, Currency national, String code, String law) {
        if (draft.currency().equals(national)
                || draft.vatInAccountingCurrency().filter(v -> v.currency().equals(national)).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Anomaly.error(code, "vatInAccountingCurrency", "an invoice in " + draft.currency().getCurrencyCode()
                + " must also state its VAT total in " + national.getCurrencyCode() + " " + law
                + ": give the exchange rate of the day VAT became chargeable (ConversionContext.Builder.vatAccountingRate)"));
    }
}
