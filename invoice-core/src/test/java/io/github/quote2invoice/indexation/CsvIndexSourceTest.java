package io.github.quote2invoice.indexation;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The INSEE CSV layout; the sample's figures and their sources: src/test/resources/indexation/SOURCES.md. */
class CsvIndexSourceTest {
    @Test
    void readsTheBt01Sample() {
        CsvIndexSource s = (CsvIndexSource) IndexationClauseTest.bt01();
        assertThat(s.idBank()).contains("001710986");
        assertThat(s.label()).hasValueSatisfying(l -> assertThat(l).contains("BT01"));
        assertThat(s.values()).hasSize(32);
        assertThat(s.find("BT01", YearMonth.of(2024, 8))).hasValueSatisfying(v -> {
            assertThat(v.value()).isEqualByComparingTo("131.7");
            assertThat(v.provisional()).isFalse();
        });
        assertThat(s.find("BT01", YearMonth.of(2020, 12)).orElseThrow().value()).isEqualByComparingTo("113.6");
        assertThat(s.find("BT01", YearMonth.of(2021, 1))).isEmpty();
        assertThat(s.find("BT02", YearMonth.of(2024, 8))).isEmpty();
    }

    @Test
    void provisionalCodeMissingValuesAndPlainRows() {
        // Layout and codes as INSEE writes them; the figures here are made up for the test.
        String csv = "\uFEFF\"Label\";\"Some index\";\"Codes\"\n\"idBank\";\"000000000\";\"\"\n\"Period\";\"\";\"\"\n"
                + "\"2026-03\";\"\";\"O\"\n\"2026-02\";\"140.2\";\"P\"\n\"2026-01\";\"139.9\";\"A\"\n2025-12;139,5\n";
        CsvIndexSource s = CsvIndexSource.read("X", new StringReader(csv));
        assertThat(s.find("X", YearMonth.of(2026, 3))).isEmpty();
        assertThat(s.find("X", YearMonth.of(2026, 2)).orElseThrow().provisional()).isTrue();
        assertThat(s.find("X", YearMonth.of(2026, 1)).orElseThrow().provisional()).isFalse();
        assertThat(s.find("X", YearMonth.of(2025, 12)).orElseThrow().value()).isEqualByComparingTo(new BigDecimal("139.5"));
    }

    @Test
    void malformedRowsAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> CsvIndexSource.read("X", new StringReader("\"idBank\";\"1\"\n\"2026-T1\";\"100\"\n")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCodes.INVALID_FORMAT);
                    assertThat(e.path()).isEqualTo("line 2");
                });
        assertThatThrownBy(() -> CsvIndexSource.read("X", new StringReader("\"2026-01\";\"1e3\"\n")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("line 1"));
        assertThatThrownBy(() -> CsvIndexSource.read("X", new StringReader("\"2026-13\";\"100\"\n")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CsvIndexSource.read("X", new StringReader("\"2026-01;\"100\"\n")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void inMemoryFinalReplacesProvisional() {
        IndexValue provisional = new IndexValue("BT01", YearMonth.of(2026, 9), new BigDecimal("139.4"), true);
        IndexValue fin = new IndexValue("BT01", YearMonth.of(2026, 9), new BigDecimal("139.1"), false);
        InMemoryIndexSource a = InMemoryIndexSource.of(provisional);
        InMemoryIndexSource b = a.with(fin);
        assertThat(a.find("BT01", YearMonth.of(2026, 9))).contains(provisional);
        assertThat(b.find("BT01", YearMonth.of(2026, 9))).contains(fin);
        assertThat(b.values()).containsExactly(fin);
    }
}
