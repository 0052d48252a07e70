package io.github.quote2invoice.internal;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The model's text and decimal checks take shortcuts for values that are already clean; these properties
 * hold them to the JDK's own definitions: {@link String#isBlank()} and {@link String#strip()} for text,
 * {@link BigDecimal#stripTrailingZeros()} (never below scale 0) for decimals.
 */
class ChecksPropertyTest {
    /** Letters, ASCII and Unicode whitespace, a no-break space (not whitespace for Java), accents, a surrogate pair. */
    private static final String[] PIECES = {"a", "Z", " ", "\t", "\n", "\u2003", "\u00A0", "é", "\uD83D\uDE00", "\u3000", "-"};

    @Test
    void textIsStripOfNonBlankAndRefusesBlank() {
        qt().withExamples(10_000)
                .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 8))
                .checkAssert(picks -> {
                    StringBuilder sb = new StringBuilder();
                    picks.forEach(i -> sb.append(PIECES[i]));
                    String s = sb.toString();
                    if (s.isBlank()) {
                        assertThatThrownBy(() -> Checks.text(s, "name")).isInstanceOfSatisfying(InvalidValueException.class,
                                e -> assertThat(e.code()).isEqualTo(ErrorCodes.REQUIRED));
                    } else {
                        assertThat(Checks.text(s, "name")).isEqualTo(s.strip());
                    }
                });
    }

    @Test
    void normalizeIsStripTrailingZerosNeverBelowScaleZero() {
        qt().withExamples(20_000)
                .forAll(longs().between(-10_000_000_000L, 10_000_000_000L).mix(longs().all(), 20), integers().between(-3, 25))
                .checkAssert((unscaled, scale) -> {
                    BigDecimal value = BigDecimal.valueOf(unscaled, scale);
                    BigDecimal stripped = value.stripTrailingZeros();
                    // A value at scale 0 is returned as it is (100 stays 100, not 1E+2).
                    BigDecimal expected = scale == 0 ? value : stripped.scale() < 0 ? stripped.setScale(0) : stripped;
                    assertThat(Checks.normalize(value)).isEqualTo(expected);
                });
    }

    @Test
    void unscaledLongIsTheUnscaledValue() {
        qt().withExamples(10_000)
                .forAll(longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L), integers().between(0, 18))
                .checkAssert((unscaled, scale) -> assertThat(Checks.unscaledLong(BigDecimal.valueOf(unscaled, scale))).isEqualTo(unscaled));
    }
}
