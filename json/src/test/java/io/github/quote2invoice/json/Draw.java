package io.github.quote2invoice.json;

import org.quicktheories.core.RandomnessSource;

import java.math.BigDecimal;
import java.util.List;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Draws values from QuickTheories' randomness source, so that a generated document is replayed
 * exactly from the seed QuickTheories prints on failure.
 */
final class Draw {
    private static final String[] TEXT_PIECES = {"a", "b", "Z", "é", "ü", "ç", "€", "0", "7", " ", "-", "'", "\"", "\\", "/", "\n",
        "\t", "😀", "<", "&", "\u00a0", "\u2028", "ß", "日"};

    private final RandomnessSource in;

    Draw(RandomnessSource in) {
        this.in = in;
    }

    int between(int min, int max) {
        return integers().between(min, max).generate(in);
    }

    long between(long min, long max) {
        return longs().between(min, max).generate(in);
    }

    boolean chance(int percent) {
        return between(0, 99) < percent;
    }

    <T> T oneOf(List<T> values) {
        return values.get(between(0, values.size() - 1));
    }

    /** A decimal {@code unscaled / 10^scale} with {@code unscaled} in [min, max] and scale in [0, maxScale]. */
    BigDecimal decimal(long min, long max, int maxScale) {
        return BigDecimal.valueOf(between(min, max), between(0, maxScale));
    }

    /** Non-blank text of 1 to {@code maxLength} pieces, with characters JSON must escape and non-BMP ones. */
    String text(int maxLength) {
        StringBuilder b = new StringBuilder(TEXT_PIECES[between(0, 2)]);
        int n = between(0, maxLength - 1);
        for (int i = 0; i < n; i++) {
            b.append(TEXT_PIECES[between(0, TEXT_PIECES.length - 1)]);
        }
        return b.toString();
    }

    /** Digits, {@code length} of them. */
    String digits(int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append((char) ('0' + between(0, 9)));
        }
        return b.toString();
    }
}
