package io.github.quote2invoice.payment;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

class CreditorReferenceTest {

    /** ISO 11649's own example (also used by EPC069-12): RF18 5390 0754 7034. */
    @Test
    void isoExample() {
        CreditorReference r = CreditorReference.of("539007547034");
        assertThat(r.value()).isEqualTo("RF18539007547034");
        assertThat(r.formatted()).isEqualTo("RF18 5390 0754 7034");
        assertThat(r.base()).isEqualTo("539007547034");
        assertThat(r.checkDigits()).isEqualTo("18");
        assertThat(CreditorReference.parse("rf18 5390 0754 7034")).isEqualTo(r);
    }

    /** Finnish banks' published example of an RF reference built on the national reference 2348231: RF71 2348 231. */
    @Test
    void finnishExampleAndSingleDigitCheckDigits() {
        assertThat(CreditorReference.of("2348231").value()).isEqualTo("RF712348231");
        // Hand computation: "0RF00" -> "0271500" = 271500 = 97 x 2798 + 94, 98 - 94 = 4 -> check digits "04".
        assertThat(CreditorReference.of("0").value()).isEqualTo("RF040");
    }

    @Test
    void documentNumberKeepsLettersAndDigits() {
        // "FA2026000042RF00" -> digits "152026000042271500" mod 97 = 14, 98 - 14 = 84.
        assertThat(CreditorReference.fromDocumentNumber("FA-2026-000042").value()).isEqualTo("RF84FA2026000042");
        assertThatThrownBy(() -> CreditorReference.fromDocumentNumber("FA-2026-0000000000000000042"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("21");
        assertThatThrownBy(() -> CreditorReference.fromDocumentNumber("---"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void wrongCheckDigitsAreRefusedWithClearMessage() {
        assertThatThrownBy(() -> CreditorReference.parse("RF19539007547034"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("wrong check digits")
                .extracting(e -> ((InvalidValueException) e).code()).isEqualTo(ErrorCodes.INVALID_CHECKSUM);
        assertThat(CreditorReference.isValid("RF19539007547034")).isFalse();
        assertThat(CreditorReference.isValid("RF18539007547034")).isTrue();
        // 97 more than 18 is 115: not two digits; 00/01/99 are never generated.
        assertThat(CreditorReference.isValid("RF99")).isFalse();
        assertThat(CreditorReference.isValid(null)).isFalse();
        assertThatThrownBy(() -> CreditorReference.parse("RF18-5390"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code()).isEqualTo(ErrorCodes.INVALID_FORMAT);
        assertThatThrownBy(() -> CreditorReference.of("A".repeat(22))).isInstanceOf(InvalidValueException.class);
    }

    /**
     * Against an independent oracle (BigInteger arithmetic on the digit string, as ISO 7064 states it):
     * every generated reference validates, its check digits are what the oracle computes, and changing
     * any one digit (for a digit) or letter (for a letter) of the base makes it invalid.
     */
    @Test
    void generatedReferencesMatchOracleAndDetectSingleErrors() {
        qt().withExamples(3000)
                .forAll(lists().of(integers().between(0, 35)).ofSizeBetween(1, 21).map(CreditorReferenceTest::alphanumeric),
                        integers().between(0, 20))
                .checkAssert((base, pos) -> {
                    CreditorReference r = CreditorReference.of(base);
                    int expected = 98 - oracleMod97(base + "RF00");
                    assertThat(r.checkDigits()).isEqualTo(String.format("%02d", expected));
                    assertThat(CreditorReference.isValid(r.value())).isTrue();
                    int p = pos % base.length();
                    char c = base.charAt(p);
                    // A digit for another digit, a letter for another letter: the single substitutions mod 97 always detects.
                    char other = Character.isDigit(c) ? (char) ('0' + (c - '0' + 1) % 10) : (char) ('A' + (c - 'A' + 1) % 26);
                    String altered = r.value().substring(0, 4 + p) + other + r.value().substring(5 + p);
                    assertThat(CreditorReference.isValid(altered)).as(altered).isFalse();
                });
    }

    private static String alphanumeric(List<Integer> values) {
        StringBuilder b = new StringBuilder(values.size());
        values.forEach(v -> b.append(Character.toUpperCase(Character.forDigit(v, 36))));
        return b.toString();
    }

    private static int oracleMod97(String s) {
        StringBuilder digits = new StringBuilder();
        for (char c : s.toCharArray()) {
            digits.append(Character.getNumericValue(c));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    }
}
