package io.github.quote2invoice.invoice;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Optional;

/**
 * An invoice's VAT total stated in the seller's VAT accounting currency, for an invoice in another
 * currency (EN 16931 BT-6 and BT-111). The VAT Directive wants the VAT payable in the national currency
 * of the member state (2006/112/EC art. 230); French e-invoices carry it as BT-6 = EUR with BT-111
 * (CTC rule BR-FR-CO-12).
 *
 * @param currency the VAT accounting currency (BT-6), for instance EUR
 * @param rate units of {@code currency} for one unit of the invoice currency (1 USD = 0.9234 EUR gives
 *        0.9234), the rate of the day the VAT became chargeable; empty for a document read from XML,
 *        which carries only the converted amount
 * @param vatTotal the VAT total in {@code currency} (BT-111): the invoice's VAT total x rate, rounded half
 *        up to the currency's minor unit when the rate is known
 */
public record VatInAccountingCurrency(Currency currency, Optional<BigDecimal> rate, Money vatTotal) {
    /** Decimals a rate may have (central banks publish 4 to 6). */
    public static final int MAX_RATE_DECIMALS = 10;

    /** Validates: a positive rate of at most 10 decimals, an amount in {@code currency}. */
    public VatInAccountingCurrency {
        Money.minorDigits(Checks.required(currency, "currency"));
        rate = Checks.optional(rate).map(VatInAccountingCurrency::checkedRate);
        Checks.required(vatTotal, "vatTotal");
        Checks.check(vatTotal.currency().equals(currency), ErrorCodes.INCONSISTENT, "vatTotal",
                "is in " + vatTotal.currency().getCurrencyCode() + ", not in the accounting currency " + currency.getCurrencyCode());
    }

    /**
     * {@code rate} as an exchange rate may be: positive, at most {@link #MAX_RATE_DECIMALS} decimals.
     *
     * @throws io.github.quote2invoice.error.InvalidValueException {@code REQUIRED}, {@code OUT_OF_RANGE} or
     *         {@code TOO_MANY_DECIMALS} at {@code rate}
     */
    public static BigDecimal checkedRate(BigDecimal rate) {
        BigDecimal r = Checks.maxScale(Checks.required(rate, "rate"), MAX_RATE_DECIMALS, "rate");
        Checks.check(r.signum() > 0, ErrorCodes.OUT_OF_RANGE, "rate", "must be positive, was " + r.toPlainString());
        return r;
    }

    /**
     * {@code invoiceVat} converted at {@code rate} into {@code currency}, rounded half up.
     *
     * @param invoiceVat the invoice's VAT total (BT-110), in the invoice currency
     * @param currency the VAT accounting currency
     * @param rate units of {@code currency} per unit of the invoice currency
     */
    public static VatInAccountingCurrency convert(Money invoiceVat, Currency currency, BigDecimal rate) {
        Checks.required(invoiceVat, "invoiceVat");
        BigDecimal r = checkedRate(rate);
        return new VatInAccountingCurrency(currency, Optional.of(r), Money.rounded(invoiceVat.amount().multiply(r), currency, RoundingMode.HALF_UP));
    }

    /** The amount as a document states it, rate unknown (a document read from CII or UBL). */
    public static VatInAccountingCurrency stated(Money vatTotal) {
        Checks.required(vatTotal, "vatTotal");
        return new VatInAccountingCurrency(vatTotal.currency(), Optional.empty(), vatTotal);
    }

    /** The same rate applied to another VAT total (the invoice's totals were recomputed); as is when the rate is unknown. */
    public VatInAccountingCurrency reconvert(Money invoiceVat) {
        return rate.map(r -> convert(invoiceVat, currency, r)).orElse(this);
    }
}
