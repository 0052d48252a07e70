package io.github.quote2invoice.conversion;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.VatInAccountingCurrency;
import io.github.quote2invoice.money.Money;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * The exchange rate a conversion uses to state the VAT of drafts in a foreign currency in the seller's
 * VAT accounting currency (BT-6, BT-111; VAT Directive 2006/112/EC art. 230, French CTC rule BR-FR-CO-12).
 * Use the rate of the day the VAT becomes chargeable, as the seller's tax rules say (for a French seller,
 * the latest rate published by the Banque de France or the ECB).
 *
 * @param currency the VAT accounting currency (EUR for a French seller)
 * @param rate units of {@code currency} for one unit of the invoice currency (1 USD = 0.9234 EUR: 0.9234)
 */
public record VatAccountingRate(Currency currency, BigDecimal rate) {
    /** Validates the currency and the rate (positive, at most 10 decimals). */
    public VatAccountingRate {
        Money.minorDigits(Checks.required(currency, "currency"));
        // The same rules as the invoice's own record, so a rate accepted here is never refused on a draft.
        rate = VatInAccountingCurrency.checkedRate(rate);
    }

    /** {@code new VatAccountingRate(Currency.getInstance(code), new BigDecimal(rate))}. */
    public static VatAccountingRate of(String currencyCode, String rate) {
        return new VatAccountingRate(Money.currency(currencyCode), Checks.decimal(rate, "rate"));
    }
}
