package io.github.quote2invoice.issuing;

import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.invoice.InvoiceKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumberingSeriesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void formatsPatternsWithPadding() {
        NumberingSeries fa = NumberingSeries.yearly("FA", "FA-{yyyy}-{seq:6}");
        assertThat(fa.format(DAY, 42)).isEqualTo("FA-2026-000042");
        assertThat(fa.format(DAY, 1_234_567)).isEqualTo("FA-2026-1234567");
        assertThat(fa.periodOf(DAY)).isEqualTo("2026");
        assertThat(NumberingSeries.continuous("N", "{seq}").format(DAY, 7)).isEqualTo("7");
        assertThat(NumberingSeries.continuous("N", "F$\\{yy}-{seq:3}").format(DAY, 7)).isEqualTo("F$\\26-007");
    }

    @Test
    void fiscalYearsStartOnTheirMonth() {
        NumberingSeries fy = NumberingSeries.fiscalYear("FY", "F{yyyy}-{seq:4}", Month.APRIL);
        assertThat(fy.periodOf(LocalDate.of(2026, 3, 31))).isEqualTo("FY2025-04");
        assertThat(fy.format(LocalDate.of(2026, 3, 31), 9)).isEqualTo("F2025-0009");
        assertThat(fy.periodOf(LocalDate.of(2026, 4, 1))).isEqualTo("FY2026-04");
        assertThat(NumberingSeries.continuous("C", "C{seq:8}").periodOf(DAY)).isEqualTo("ALL");
    }

    @Test
    void refusesPatternsThatWouldRepeatOrCannotBeRead() {
        assertThatThrownBy(() -> NumberingSeries.yearly("FA", "FA-{seq:6}")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must show the year");
        assertThatThrownBy(() -> NumberingSeries.yearly("FA", "FA-{yyyy}")).hasMessageContaining("exactly one {seq}");
        assertThatThrownBy(() -> NumberingSeries.yearly("FA", "FA-{yyyy}-{seq}-{seq}")).hasMessageContaining("exactly one {seq}");
        assertThatThrownBy(() -> NumberingSeries.yearly("FA", "FA-{mm}-{yyyy}-{seq}")).hasMessageContaining("unknown token {mm}");
        assertThatThrownBy(() -> NumberingSeries.yearly("FA", "FA-{yyyy-{seq}")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> NumberingSeries.yearly("FA", "FA-{yyyy}-{seq:19}")).hasMessageContaining("1 <= N <= 18");
        assertThatThrownBy(() -> NumberingSeries.yearly("F A", "FA-{yyyy}-{seq}")).hasMessageContaining("letters, digits");
        assertThatThrownBy(() -> NumberingSeries.yearly("FA", "FA-{yyyy}-{seq}").format(DAY, 0)).hasMessageContaining("at least 1");
    }

    @Test
    void theFrenchPlanPutsCreditNotesInTheirOwnSeries() {
        NumberingPlan plan = NumberingPlan.french();
        assertThat(plan.seriesFor(InvoiceKind.DEPOSIT).name()).isEqualTo("FA");
        assertThat(plan.seriesFor(InvoiceKind.FINAL).pattern()).isEqualTo("FA-{yyyy}-{seq:6}");
        assertThat(plan.seriesFor(InvoiceKind.CREDIT_NOTE).name()).isEqualTo("AV");
        assertThat(plan.seriesFor(InvoiceKind.DEPOSIT_CREDIT_NOTE).name()).isEqualTo("AV");
        NumberingPlan deposits = plan.with(InvoiceKind.DEPOSIT, NumberingSeries.yearly("AC", "AC-{yyyy}-{seq:5}"));
        assertThat(deposits.seriesFor(InvoiceKind.DEPOSIT).name()).isEqualTo("AC");
        assertThatThrownBy(() -> plan.with(InvoiceKind.DEPOSIT, NumberingSeries.yearly("FA", "X-{yyyy}-{seq}")))
                .hasMessageContaining("two definitions");
    }
}
