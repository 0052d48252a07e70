package io.github.quote2invoice.money;

import io.github.quote2invoice.error.CurrencyMismatchException;
import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void ofKeepsTheCurrencyScaleAndNeverRounds() {
        assertThat(Money.of("12.5", "EUR").amount()).isEqualByComparingTo("12.50").hasScaleOf(2);
        assertThat(Money.of("1200", "JPY").amount()).hasScaleOf(0);
        assertThat(Money.of("1.234", "KWD").amount()).hasScaleOf(3);
        assertThat(Money.of("12.50", "EUR")).isEqualTo(Money.of("12.5", "EUR"));
        assertThatThrownBy(() -> Money.of("12.505", "EUR"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code()).isEqualTo(ErrorCodes.TOO_MANY_DECIMALS);
        assertThatThrownBy(() -> Money.of("1.5", "JPY")).hasMessageContaining("JPY");
    }

    @Test
    void parsesItsOwnTextAndRefusesOtherShapes() {
        Money m = Money.of("1234.56", "EUR");
        assertThat(Money.parse(m.toString())).isEqualTo(m);
        assertThat(m.toString()).isEqualTo("EUR 1234.56");
        for (String bad : new String[] {"12.00", "EUR", "EUR 1e3", "EUR 1,5", "EURO 1.00", "XYZ 1.00", "EUR 12.00.1"}) {
            assertThatThrownBy(() -> Money.parse(bad)).as(bad).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void refusesCurrenciesWithoutMinorUnit() {
        assertThatThrownBy(() -> Money.zero(Currency.getInstance("XAU")))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code()).isEqualTo(ErrorCodes.UNKNOWN_CODE);
    }

    @Test
    void arithmeticIsExactAndCurrencySafe() {
        Money a = Money.of("0.10", "EUR");
        Money sum = Money.zero(EUR);
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(a);
        }
        assertThat(sum).isEqualTo(Money.of("1.00", "EUR"));
        assertThat(Money.of("10.00", "EUR").minus(Money.of("10.01", "EUR"))).isEqualTo(Money.of("-0.01", "EUR"));
        assertThatThrownBy(() -> a.plus(Money.of("1", "USD"))).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> a.compareTo(Money.of("1", "USD"))).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void roundsOnlyWhereAModeIsGiven() {
        // 200.00 x 5.5 % = 11.00 exactly; 206.125 rounds HALF_UP to 206.13 and HALF_EVEN to 206.12
        assertThat(Money.of("200.00", "EUR").percent(new BigDecimal("5.5"), RoundingMode.HALF_UP)).isEqualTo(Money.of("11.00", "EUR"));
        assertThat(Money.rounded(new BigDecimal("206.125"), EUR, RoundingMode.HALF_UP)).isEqualTo(Money.of("206.13", "EUR"));
        assertThat(Money.rounded(new BigDecimal("206.125"), EUR, RoundingMode.HALF_EVEN)).isEqualTo(Money.of("206.12", "EUR"));
        assertThat(Money.rounded(new BigDecimal("-206.125"), EUR, RoundingMode.HALF_UP)).isEqualTo(Money.of("-206.13", "EUR"));
    }

    @Test
    void allocatesWithoutLosingACent() {
        assertThat(Money.of("100.00", "EUR").allocate(3))
                .containsExactly(Money.of("33.34", "EUR"), Money.of("33.33", "EUR"), Money.of("33.33", "EUR"));
        assertThat(Money.of("-100.00", "EUR").allocate(3))
                .containsExactly(Money.of("-33.34", "EUR"), Money.of("-33.33", "EUR"), Money.of("-33.33", "EUR"));
        // ratios 70/30 of 0.05: exact shares 0.035 and 0.015; both remainders tie at half a cent, the first part wins it
        assertThat(Money.of("0.05", "EUR").allocate(List.of(new BigDecimal("70"), new BigDecimal("30"))))
                .containsExactly(Money.of("0.04", "EUR"), Money.of("0.01", "EUR"));
        assertThat(Money.of("10", "JPY").allocate(List.of(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE)))
                .containsExactly(Money.of("5", "JPY"), Money.of("0", "JPY"), Money.of("5", "JPY"));
        assertThatThrownBy(() -> Money.of("1.00", "EUR").allocate(List.of(BigDecimal.ZERO))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.of("1.00", "EUR").allocate(List.of(new BigDecimal("-1"), BigDecimal.TEN)))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).path()).isEqualTo("ratios[0]");
        assertThatThrownBy(() -> Money.of("1.00", "EUR").allocate(0)).isInstanceOf(InvalidValueException.class);
    }
}
