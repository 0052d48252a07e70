package io.github.quote2invoice.money;

import io.github.quote2invoice.error.CurrencyMismatchException;
import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.internal.Checks;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An exact amount of money in one currency, always at the scale of the currency's minor unit
 * (EUR 2, JPY 0, KWD 3).
 *
 * <p>Immutable and thread-safe. Never {@code null} in or out. {@link #of} is strict: it never rounds
 * and refuses more decimals than the currency has; rounding happens only where a {@link RoundingMode}
 * is passed ({@link #rounded}, {@link #multipliedBy}). {@link #allocate} splits an amount into parts
 * that sum exactly to the whole.
 *
 * <p>Equality is by value: {@code EUR 1.5} and {@code EUR 1.50} are the same money because both are
 * stored at scale 2.
 */
public final class Money implements Comparable<Money>, Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * The exact money; refuses an amount that needs more decimals than the currency's minor unit.
     *
     * @throws InvalidValueException {@code TOO_MANY_DECIMALS}, {@code REQUIRED} or {@code UNKNOWN_CODE}
     *         (a currency without minor unit, such as XAU)
     */
    public static Money of(BigDecimal amount, Currency currency) {
        int digits = minorDigits(currency);
        if (amount == null) {
            throw new InvalidValueException(ErrorCodes.REQUIRED, "amount", "is required");
        }
        if (amount.scale() == digits) {
            return new Money(amount, currency);
        }
        try {
            return new Money(amount.setScale(digits, RoundingMode.UNNECESSARY), currency);
        } catch (ArithmeticException e) {
            throw new InvalidValueException(ErrorCodes.TOO_MANY_DECIMALS, "amount",
                    amount.toPlainString() + " has more decimals than " + currency.getCurrencyCode()
                            + " allows (" + digits + ")");
        }
    }

    /** {@link #of(BigDecimal, Currency)} from text: {@code Money.of("12.50", "EUR")}. */
    public static Money of(String amount, String currencyCode) {
        return of(parseDecimal(amount, "amount"), currency(currencyCode));
    }

    /** The money that is {@code minorUnits} hundredths (EUR), units (JPY) or thousandths (KWD). */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, minorDigits(currency)), currency);
    }

    /** Zero in {@code currency}. */
    public static Money zero(Currency currency) {
        return ofMinor(0, currency);
    }

    /** {@code amount} rounded to the currency's minor unit with {@code mode}. */
    public static Money rounded(BigDecimal amount, Currency currency, RoundingMode mode) {
        Checks.required(mode, "mode");
        if (amount == null) {
            throw new InvalidValueException(ErrorCodes.REQUIRED, "amount", "is required");
        }
        return new Money(amount.setScale(minorDigits(currency), mode), currency);
    }

    /**
     * Parses {@code "EUR 12.50"} (the form {@link #toString()} prints).
     *
     * @throws InvalidValueException {@code INVALID_FORMAT} when the text is not of that form
     */
    public static Money parse(String text) {
        if (text == null) {
            throw new InvalidValueException(ErrorCodes.REQUIRED, "", "money text is required");
        }
        String t = text.strip();
        int space = t.indexOf(' ');
        if (space != 3) {
            throw new InvalidValueException(ErrorCodes.INVALID_FORMAT, "", "expected 'CUR 0.00', got '" + text + "'");
        }
        return of(t.substring(4).strip(), t.substring(0, 3));
    }

    /**
     * The ISO 4217 currency of that code.
     *
     * @throws InvalidValueException {@code UNKNOWN_CODE} when unknown or without a minor unit
     */
    public static Currency currency(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidValueException(ErrorCodes.REQUIRED, "currency", "is required");
        }
        try {
            Currency c = Currency.getInstance(code.strip());
            minorDigits(c);
            return c;
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(ErrorCodes.UNKNOWN_CODE, "currency", "'" + code + "' is not an ISO 4217 currency code");
        }
    }

    /** Parses a plain decimal (no exponent, no grouping); {@code INVALID_FORMAT} otherwise. */
    static BigDecimal parseDecimal(String text, String path) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(ErrorCodes.REQUIRED, path, "is required");
        }
        String t = text.strip();
        if (t.length() > 40 || !PLAIN_DECIMAL.matcher(t).matches()) {
            throw new InvalidValueException(ErrorCodes.INVALID_FORMAT, path, "'" + abbreviate(t) + "' is not a plain decimal number");
        }
        return new BigDecimal(t);
    }

    private static String abbreviate(String t) {
        return t.length() > 40 ? t.substring(0, 40) + "..." : t;
    }

    /** The number of decimals of {@code currency}'s minor unit; refuses currencies that have none. */
    public static int minorDigits(Currency currency) {
        if (currency == null) {
            throw new InvalidValueException(ErrorCodes.REQUIRED, "currency", "is required");
        }
        int d = currency.getDefaultFractionDigits();
        if (d < 0) {
            throw new InvalidValueException(ErrorCodes.UNKNOWN_CODE, "currency",
                    currency.getCurrencyCode() + " has no minor unit and cannot be used for invoicing");
        }
        return d;
    }

    /** The amount, at the scale of the currency's minor unit. */
    public BigDecimal amount() {
        return amount;
    }

    /** The currency. */
    public Currency currency() {
        return currency;
    }

    /** The amount in minor units (cents for EUR). */
    public BigInteger minorUnits() {
        return amount.unscaledValue();
    }

    /** This plus {@code other}; {@link CurrencyMismatchException} if currencies differ. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** This minus {@code other}; {@link CurrencyMismatchException} if currencies differ. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** This times {@code factor}, rounded to the minor unit with {@code mode}. */
    public Money multipliedBy(BigDecimal factor, RoundingMode mode) {
        return rounded(amount.multiply(factor), currency, mode);
    }

    /** This times {@code percent}/100, rounded with {@code mode}: {@code EUR 200.00 x 5.5 % = EUR 11.00}. */
    public Money percent(BigDecimal percent, RoundingMode mode) {
        return rounded(amount.multiply(percent).movePointLeft(2), currency, mode);
    }

    /** The opposite amount. */
    public Money negated() {
        return new Money(amount.negate(), currency);
    }

    /** The absolute amount. */
    public Money abs() {
        return amount.signum() < 0 ? negated() : this;
    }

    /** True when zero. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** True when greater than zero. */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** True when less than zero. */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** -1, 0 or 1. */
    public int signum() {
        return amount.signum();
    }

    /** True when greater than {@code other} (same currency). */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /** True when less than {@code other} (same currency). */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /** The smaller of the two (same currency). */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** The greater of the two (same currency). */
    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Splits this amount into {@code parts} near-equal parts that sum exactly to it.
     * Earlier parts receive the extra minor units: {@code EUR 100.00 / 3 = 33.34, 33.33, 33.33}.
     */
    public List<Money> allocate(int parts) {
        if (parts < 1) {
            throw new InvalidValueException(ErrorCodes.OUT_OF_RANGE, "parts", "must be at least 1, was " + parts);
        }
        BigDecimal[] ratios = new BigDecimal[parts];
        Arrays.fill(ratios, BigDecimal.ONE);
        return allocate(Arrays.asList(ratios));
    }

    /**
     * Splits this amount in proportion to {@code ratios} so that the parts sum exactly to it.
     *
     * <p>Largest-remainder method: each part first gets the exact share rounded towards zero; the
     * minor units left over (fewer than the number of parts) go one each to the parts whose share had
     * the largest dropped remainder, the earlier part first on a tie. So every part is within one minor
     * unit of its exact share, no part has the opposite sign of the whole, a zero ratio gets zero,
     * and the result is deterministic.
     *
     * @param ratios non-negative, at least one, not all zero
     * @throws InvalidValueException {@code OUT_OF_RANGE} on a negative ratio or when all are zero
     */
    public List<Money> allocate(List<BigDecimal> ratios) {
        if (ratios == null || ratios.isEmpty()) {
            throw new InvalidValueException(ErrorCodes.REQUIRED, "ratios", "needs at least one ratio");
        }
        int n = ratios.size();
        int scale = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal r = ratios.get(i);
            if (r == null || r.signum() < 0) {
                throw new InvalidValueException(ErrorCodes.OUT_OF_RANGE, "ratios[" + i + "]", "must be zero or positive");
            }
            scale = Math.max(scale, r.scale());
        }
        List<Money> small = allocateInLongs(ratios, scale);
        if (small != null) {
            return small;
        }
        BigInteger[] weights = new BigInteger[n];
        BigInteger totalWeight = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            weights[i] = ratios.get(i).setScale(scale, RoundingMode.UNNECESSARY).unscaledValue();
            totalWeight = totalWeight.add(weights[i]);
        }
        if (totalWeight.signum() == 0) {
            throw new InvalidValueException(ErrorCodes.OUT_OF_RANGE, "ratios", "must not all be zero");
        }
        BigInteger whole = minorUnits().abs();
        BigInteger[] parts = new BigInteger[n];
        BigInteger[] remainders = new BigInteger[n];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = whole.multiply(weights[i]).divideAndRemainder(totalWeight);
            parts[i] = qr[0];
            remainders[i] = qr[1];
            given = given.add(qr[0]);
        }
        int left = whole.subtract(given).intValueExact();
        if (left > 0) {
            List<Integer> order = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                order.add(i);
            }
            // Stable sort: ties keep index order, so the earlier part gets the unit.
            order.sort((a, b) -> remainders[b].compareTo(remainders[a]));
            for (int k = 0; k < left; k++) {
                int i = order.get(k);
                parts[i] = parts[i].add(BigInteger.ONE);
            }
        }
        int digits = amount.scale();
        boolean negative = amount.signum() < 0;
        List<Money> result = new ArrayList<>(n);
        for (BigInteger p : parts) {
            BigInteger signed = negative ? p.negate() : p;
            result.add(new Money(new BigDecimal(signed, digits), currency));
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * {@link #allocate(List)} in {@code long} arithmetic, the same method and results, for the usual
     * case where every product {@code whole x weight} fits in 62 bits; null otherwise (the caller then
     * works in {@code BigInteger}). Ratios are already checked non-negative.
     */
    private List<Money> allocateInLongs(List<BigDecimal> ratios, int scale) {
        if (amount.precision() > 18) {
            return null;
        }
        int n = ratios.size();
        long[] weights = new long[n];
        long totalWeight = 0;
        long maxWeight = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal w = ratios.get(i).setScale(scale, RoundingMode.UNNECESSARY);
            if (w.precision() > 18) {
                return null;
            }
            weights[i] = Checks.unscaledLong(w);
            maxWeight = Math.max(maxWeight, weights[i]);
            totalWeight += weights[i];
            if (totalWeight < 0 || totalWeight > Long.MAX_VALUE / 2) {
                return null;
            }
        }
        if (totalWeight == 0) {
            throw new InvalidValueException(ErrorCodes.OUT_OF_RANGE, "ratios", "must not all be zero");
        }
        long whole = Math.abs(Checks.unscaledLong(amount));
        if (bits(whole) + bits(maxWeight) > 62) {
            return null;
        }
        long[] parts = new long[n];
        long[] remainders = new long[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            long product = whole * weights[i];
            parts[i] = product / totalWeight;
            remainders[i] = product % totalWeight;
            given += parts[i];
        }
        int left = (int) (whole - given);
        if (left > 0) {
            List<Integer> order = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                order.add(i);
            }
            // Stable sort: ties keep index order, so the earlier part gets the unit.
            order.sort((a, b) -> Long.compare(remainders[b], remainders[a]));
            for (int k = 0; k < left; k++) {
                parts[order.get(k)]++;
            }
        }
        int digits = amount.scale();
        boolean negative = amount.signum() < 0;
        Money[] result = new Money[n];
        for (int i = 0; i < n; i++) {
            result[i] = new Money(BigDecimal.valueOf(negative ? -parts[i] : parts[i], digits), currency);
        }
        return List.of(result);
    }

    private static int bits(long nonNegative) {
        return 64 - Long.numberOfLeadingZeros(nonNegative);
    }

    /** Sum of {@code amounts}, or zero in {@code currency} when empty. */
    public static Money sum(Iterable<Money> amounts, Currency currency) {
        Money total = zero(currency);
        for (Money m : amounts) {
            total = total.plus(m);
        }
        return total;
    }

    private void requireSameCurrency(Money other) {
        Checks.required(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException("amount", currency, other.currency);
        }
    }

    /** Compares amounts of the same currency; {@link CurrencyMismatchException} otherwise. */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.equals(m.amount) && currency.equals(m.currency);
    }

    @Override
    public int hashCode() {
        return amount.hashCode() * 31 + currency.hashCode();
    }

    /** {@code "EUR 12.50"}: currency code, one space, plain amount. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
