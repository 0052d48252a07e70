package io.github.quote2invoice.quote;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** The digest's decimal writer produces exactly {@link BigDecimal#toPlainString()} (the oracle), or declines. */
class PlainDecimalPropertyTest {

    @Test
    void writesWhatToPlainStringPrints() {
        qt().withExamples(20_000).forAll(longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L), integers().between(-3, 22))
                .checkAssert((unscaled, scale) -> {
                    BigDecimal value = BigDecimal.valueOf(unscaled, scale);
                    int length = ContentDigest.plainLength(value);
                    if (length < 0) {
                        assertThat(scale < 0 || scale > 18 || value.precision() > 18).isTrue();
                        return;
                    }
                    byte[] out = new byte[length + 4];
                    int end = ContentDigest.writePlain(value, length, out, 2);
                    assertThat(end).isEqualTo(2 + length);
                    assertThat(new String(out, 2, length, StandardCharsets.US_ASCII)).isEqualTo(value.toPlainString());
                });
    }

    @Test
    void edgeValues() {
        for (String s : new String[] {"0", "0.00", "-0.05", "0.0001", "1", "-1", "100", "123.456", "999999999999999999", "-0.000000000000000001"}) {
            BigDecimal v = new BigDecimal(s);
            int length = ContentDigest.plainLength(v);
            byte[] out = new byte[length];
            ContentDigest.writePlain(v, length, out, 0);
            assertThat(new String(out, StandardCharsets.US_ASCII)).isEqualTo(v.toPlainString());
        }
    }
}
