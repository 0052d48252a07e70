package io.github.quote2invoice.tax;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VatRateTest {
    @Test
    void equalRatesAreEqualWhateverTheirScale() {
        assertThat(VatRate.standard("20.00")).isEqualTo(VatRate.standard("20"));
        assertThat(VatRate.standard("5.50").percent()).isEqualByComparingTo("5.5").hasScaleOf(1);
        assertThat(VatRate.standard("20").toString()).isEqualTo("S 20 %");
    }

    @Test
    void categoryDecidesTheRateAndTheExemption() {
        assertThat(VatRate.reverseCharge().exemption()).contains(VatExemption.REVERSE_CHARGE);
        assertThat(VatRate.franchiseEnBase().exemption().orElseThrow().text()).isEqualTo("TVA non applicable, art. 293 B du CGI");
        assertThatThrownBy(() -> VatRate.standard("0")).isInstanceOf(InvalidValueException.class).hasMessageContaining("above zero");
        assertThatThrownBy(() -> new VatRate(VatCategory.AE, BigDecimal.TEN, Optional.of(VatExemption.REVERSE_CHARGE)))
                .hasMessageContaining("zero rate");
        assertThatThrownBy(() -> new VatRate(VatCategory.E, BigDecimal.ZERO, Optional.empty()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(ErrorCodes.REQUIRED));
        assertThatThrownBy(() -> VatRate.standard("100.5")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> VatCategory.ofCode("X"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(ErrorCodes.UNKNOWN_CODE));
        assertThat(VatCategory.ofCode("AE")).isEqualTo(VatCategory.AE);
    }
}
