package io.github.quote2invoice.indexation;

import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.invoice.InvoiceStateException;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.legal.LegalMentionCodes;
import io.github.quote2invoice.legal.LegalOptions;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.tax.VatRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static io.github.quote2invoice.testing.DraftInvoices.frenchB2b;
import static io.github.quote2invoice.testing.DraftInvoices.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Provisional then final BT01. I0 = 128.4 (January 2023, published). The provisional August 2024 value
 * 131.9 is made up for the test; the final 131.7 is the published one.
 * Provisional: C = (19.26 + 0.85 x 131.9) / 128.4 = 131.375 / 128.4 = 1.02316... -> 1.0232,
 * P = 650.00 x 1.0232 = 665.08, 3 units = 1995.24. Final: C = 1.0218, P = 664.17, 3 units = 1992.51.
 * Difference: -2.73 on a credit note.
 */
class IndexAdjustmentsTest {
    private static final YearMonth AUGUST = YearMonth.of(2024, 8);
    private static final IndexationClause CLAUSE = IndexationClause.builder("BT01", YearMonth.of(2023, 1)).parts("0.15", "0.85")
            .revisionMonth(RevisionMonthRule.monthsBefore(3)).build();
    private static final IndexValue BASE = new IndexValue("BT01", YearMonth.of(2023, 1), new BigDecimal("128.4"), false);

    private static Invoice issuedWithProvisional(IndexSource provisional) {
        RevisedPrice p = CLAUSE.revise(new BigDecimal("650.00"), LocalDate.of(2024, 11, 15), provisional);
        InvoiceLine revised = line("1", "3", p.unitPrice().toPlainString(), VatRate.standard("20"), LineNature.SERVICES).toBuilder()
                .sourceLineId(Optional.of("1")).indexation(Optional.of(p.detail())).build();
        InvoiceLine notRevised = line("2", "1", "100.00", VatRate.standard("10"), LineNature.GOODS);
        return frenchB2b().lines(List.of(revised, notRevised)).build().issue("FA-2024-000123", LocalDate.of(2024, 11, 15));
    }

    @Test
    void lowerFinalValueGivesACreditNoteForTheDifference() {
        Invoice issued = issuedWithProvisional(InMemoryIndexSource.of(BASE, new IndexValue("BT01", AUGUST, new BigDecimal("131.9"), true)));
        assertThat(issued.lines().get(0).unitPrice()).isEqualByComparingTo("665.08");
        assertThat(issued.lines().get(0).netAmount()).isEqualTo(Money.of("1995.24", "EUR"));

        IndexSource fin = InMemoryIndexSource.of(BASE, new IndexValue("BT01", AUGUST, new BigDecimal("131.7"), false));
        List<Invoice> adj = IndexAdjustments.forFinalValues(issued, CLAUSE, fin, "adj-1", LegalOptions.NONE);
        assertThat(adj).hasSize(1);
        Invoice credit = adj.get(0);
        assertThat(credit.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
        assertThat(credit.id()).isEqualTo("adj-1-credit");
        assertThat(credit.precedingInvoices()).containsExactly(new PrecedingInvoice("FA-2024-000123", LocalDate.of(2024, 11, 15),
                Optional.of(issued.id())));
        assertThat(credit.lines()).hasSize(1);
        assertThat(credit.lines().get(0).netAmount()).isEqualTo(Money.of("2.73", "EUR"));
        assertThat(credit.lines().get(0).indexation().orElseThrow().revisionValue()).isEqualByComparingTo("131.7");
        assertThat(credit.lines().get(0).indexation().orElseThrow().provisional()).isFalse();
        assertThat(credit.lines().get(0).description().orElseThrow()).contains("665,08 -> 664,17 x 3");
        // VAT 20 % on 2.73 = 0.546 -> 0.55
        assertThat(credit.totals().taxInclusive()).isEqualTo(Money.of("3.28", "EUR"));
        assertThat(credit.creditReason()).isPresent();
        assertThat(credit.legalMentions()).extracting(m -> m.code()).contains(LegalMentionCodes.FR_CORRECTED_INVOICE);
    }

    @Test
    void higherFinalValueGivesAComplementaryInvoice() {
        // provisional 131.5 (made up): C = (19.26 + 111.775) / 128.4 = 1.02052... -> 1.0205, P = 663.33, 3 units 1989.99
        Invoice issued = issuedWithProvisional(InMemoryIndexSource.of(BASE, new IndexValue("BT01", AUGUST, new BigDecimal("131.5"), true)));
        IndexSource fin = InMemoryIndexSource.of(BASE, new IndexValue("BT01", AUGUST, new BigDecimal("131.7"), false));
        List<Invoice> adj = IndexAdjustments.forFinalValues(issued, CLAUSE, fin, "adj-2", LegalOptions.NONE);
        assertThat(adj).singleElement().satisfies(inv -> {
            assertThat(inv.kind()).isEqualTo(InvoiceKind.STANDARD);
            // 1992.51 - 1989.99 = 2.52
            assertThat(inv.lines().get(0).netAmount()).isEqualTo(Money.of("2.52", "EUR"));
            assertThat(inv.precedingInvoices()).hasSize(1);
        });
    }

    @Test
    void nothingWhileStillProvisionalOrUnchanged() {
        IndexSource provisional = InMemoryIndexSource.of(BASE, new IndexValue("BT01", AUGUST, new BigDecimal("131.7"), true));
        Invoice issued = issuedWithProvisional(provisional);
        assertThat(IndexAdjustments.forFinalValues(issued, CLAUSE, provisional, "a", LegalOptions.NONE)).isEmpty();
        IndexSource sameFinal = InMemoryIndexSource.of(BASE, new IndexValue("BT01", AUGUST, new BigDecimal("131.7"), false));
        assertThat(IndexAdjustments.forFinalValues(issued, CLAUSE, sameFinal, "a", LegalOptions.NONE)).isEmpty();
    }

    @Test
    void refusesDrafts() {
        assertThatThrownBy(() -> IndexAdjustments.forFinalValues(frenchB2b().build(), CLAUSE, InMemoryIndexSource.of(BASE), "a",
                LegalOptions.NONE)).isInstanceOf(InvoiceStateException.class);
    }
}
