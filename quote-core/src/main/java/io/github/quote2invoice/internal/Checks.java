package io.github.quote2invoice.internal;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Argument checks shared by the model's constructors. Not API: may change without notice.
 * Every failure is an {@link InvalidValueException} naming the field.
 */
public final class Checks {
    private Checks() {
    }

    /** Fails with {@code REQUIRED} when {@code value} is null. */
    public static <T> T required(T value, String path) {
        if (value == null) {
            throw new InvalidValueException(ErrorCodes.REQUIRED, path, "is required");
        }
        return value;
    }

    /** Fails with {@code REQUIRED} when {@code value} is null or blank; returns it stripped. */
    public static String text(String value, String path) {
        int n = value == null ? 0 : value.length();
        // Fast path: no whitespace at either end means not blank and already stripped (a surrogate is
        // never whitespace, and every whitespace code point is a single char).
        if (n > 0 && !Character.isWhitespace(value.charAt(0)) && !Character.isWhitespace(value.charAt(n - 1))) {
            return value;
        }
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(ErrorCodes.REQUIRED, path, "is required and must not be blank");
        }
        return value.strip();
    }

    /** Like {@link #text} but with a maximum length. */
    public static String text(String value, String path, int maxLength) {
        String t = text(value, path);
        if (t.length() > maxLength) {
            throw new InvalidValueException(ErrorCodes.OUT_OF_RANGE, path,
                    "is " + t.length() + " characters long; at most " + maxLength + " allowed");
        }
        return t;
    }

    /** A null Optional becomes empty; a present blank string is refused. */
    public static Optional<String> optionalText(Optional<String> value, String path) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(text(value.get(), path));
    }

    /** A null Optional becomes empty. */
    public static <T> Optional<T> optional(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    /** An immutable copy; a null list becomes empty; null elements are refused with their index. */
    public static <T> List<T> list(List<T> values, String path) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new InvalidValueException(ErrorCodes.REQUIRED, path + "[" + i + "]", "is required");
            }
        }
        return List.copyOf(values);
    }

    /** Like {@link #list} but at least one element. */
    public static <T> List<T> nonEmptyList(List<T> values, String path) {
        List<T> copy = list(values, path);
        if (copy.isEmpty()) {
            throw new InvalidValueException(ErrorCodes.REQUIRED, path, "needs at least one element");
        }
        return copy;
    }

    /** Fails when two elements share a key, naming the second one's path. */
    public static <T, K> void unique(List<T> values, Function<T, K> key, String path, String keyName) {
        Set<K> seen = new HashSet<>(values.size() * 2);
        for (int i = 0; i < values.size(); i++) {
            K k = key.apply(values.get(i));
            if (!seen.add(k)) {
                throw new InvalidValueException(ErrorCodes.DUPLICATE, path + "[" + i + "]." + keyName,
                        "'" + k + "' is used twice");
            }
        }
    }

    /** Fails with {@code OUT_OF_RANGE} when negative. */
    public static BigDecimal notNegative(BigDecimal value, String path) {
        required(value, path);
        if (value.signum() < 0) {
            throw new InvalidValueException(ErrorCodes.OUT_OF_RANGE, path, "must not be negative, was " + value.toPlainString());
        }
        return value;
    }

    /** Fails with {@code OUT_OF_RANGE} when not strictly positive. */
    public static BigDecimal positive(BigDecimal value, String path) {
        required(value, path);
        if (value.signum() <= 0) {
            throw new InvalidValueException(ErrorCodes.OUT_OF_RANGE, path, "must be greater than zero, was " + value.toPlainString());
        }
        return value;
    }

    /** Fails with {@code OUT_OF_RANGE} unless {@code 0 <= value <= 100}. */
    public static BigDecimal percent(BigDecimal value, String path) {
        notNegative(value, path);
        if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidValueException(ErrorCodes.OUT_OF_RANGE, path, "must be at most 100, was " + value.toPlainString());
        }
        return value;
    }

    /**
     * Fails with {@code TOO_MANY_DECIMALS} when the value needs more than {@code maxScale} decimals;
     * returns it with trailing zeros stripped (and never a negative scale).
     */
    public static BigDecimal maxScale(BigDecimal value, int maxScale, String path) {
        required(value, path);
        BigDecimal s = normalize(value);
        if (s.scale() > maxScale) {
            throw new InvalidValueException(ErrorCodes.TOO_MANY_DECIMALS, path,
                    value.toPlainString() + " has " + s.scale() + " decimals; at most " + maxScale + " allowed");
        }
        return s;
    }

    /** Strips trailing zeros without going to a negative scale: 20.00 -> 20, 5.50 -> 5.5. */
    public static BigDecimal normalize(BigDecimal value) {
        int scale = value.scale();
        if (scale == 0) {
            return value;
        }
        // Most values are already normalised (they were validated once): stripTrailingZeros divides, this only looks.
        if (scale > 0 && value.precision() <= 18 && unscaledLong(value) % 10 != 0) {
            return value;
        }
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * The unscaled value of {@code value}, whose precision must be at most 18 digits. Unlike
     * {@link BigDecimal#unscaledValue()} it builds no {@code BigInteger}: moving the point by the scale
     * keeps the compact long.
     */
    public static long unscaledLong(BigDecimal value) {
        return value.scaleByPowerOfTen(value.scale()).longValue();
    }

    /** Parses decimal text ({@code "0.9234"}); fails with {@code REQUIRED} or {@code INVALID_FORMAT} at {@code path}. */
    public static BigDecimal decimal(String text, String path) {
        String t = text(text, path);
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(ErrorCodes.INVALID_FORMAT, path, "'" + text + "' is not a decimal number");
        }
    }

    /** Fails with {@code code} at {@code path} unless {@code condition}. */
    public static void check(boolean condition, String code, String path, String message) {
        if (!condition) {
            throw new InvalidValueException(code, path, message);
        }
    }

    /** Runs {@code build}, prefixing the path of any {@link InvalidValueException} with {@code prefix}. */
    public static <T> T within(String prefix, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            throw e.within(prefix);
        }
    }

}
