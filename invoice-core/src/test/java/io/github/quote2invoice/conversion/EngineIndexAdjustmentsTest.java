package io.github.quote2invoice.conversion;

import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.indexation.InMemoryIndexSource;
import io.github.quote2invoice.indexation.IndexSource;
import io.github.quote2invoice.indexation.IndexValue;
import io.github.quote2invoice.indexation.IndexationClause;
import io.github.quote2invoice.indexation.RevisedPrice;
import io.github.quote2invoice.indexation.RevisionMonthRule;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.legal.LegalMentionCodes;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.tax.VatRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.github.quote2invoice.testing.DraftInvoices.frenchB2b;
import static io.github.quote2invoice.testing.DraftInvoices.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link ConversionEngine#indexAdjustments}: the adjustment of IndexAdjustmentsTest (BT01, I0 = 128.4 for
 * January 2023; August 2024 provisional 131.9, made up, final 131.7, published; 3 units at 665.08
 * invoiced, 664.17 with the final value: a credit note of 2.73 excl. VAT), now drafted through the
 * engine: named after the invoice, never made twice, finished with the context's legal rules and checks.
 */
class EngineIndexAdjustmentsTest {
    private static final LocalDate ISSUED_ON = LocalDate.of(2024, 11, 15);
    private static final IndexationClause CLAUSE = IndexationClause.builder("BT01", YearMonth.of(2023, 1)).parts("0.15", "0.85")
            .revisionMonth(RevisionMonthRule.monthsBefore(3)).build();
    private static final IndexValue BASE = new IndexValue("BT01", YearMonth.of(2023, 1), new BigDecimal("128.4"), false);
    private static final IndexSource PROVISIONAL = InMemoryIndexSource.of(BASE,
            new IndexValue("BT01", YearMonth.of(2024, 8), new BigDecimal("131.9"), true));
    private static final IndexSource FINAL = InMemoryIndexSource.of(BASE,
            new IndexValue("BT01", YearMonth.of(2024, 8), new BigDecimal("131.7"), false));

    private final ConversionEngine engine = ConversionEngine.standard();

    private static Invoice issued() {
        RevisedPrice p = CLAUSE.revise(new BigDecimal("650.00"), ISSUED_ON, PROVISIONAL);
        InvoiceLine revised = line("1", "3", p.unitPrice().toPlainString(), VatRate.standard("20"), LineNature.SERVICES).toBuilder()
                .sourceLineId(Optional.of("1")).indexation(Optional.of(p.detail())).build();
        return frenchB2b().lines(List.of(revised, line("2", "1", "100.00", VatRate.standard("10"), LineNature.GOODS)))
                .build().issue("FA-2024-000123", ISSUED_ON);
    }

    private static ConversionContext.Builder context(IndexSource source) {
        return ConversionContext.on(LocalDate.of(2025, 3, 3)).indexation(CLAUSE, source);
    }

    @Test
    void draftsTheCreditNoteWithTheContextsMentionsAndChecks() {
        Invoice issued = issued();
        ConversionResult r = engine.indexAdjustments(issued, context(FINAL).build());
        assertThat(r.invoices()).singleElement().satisfies(credit -> {
            assertThat(credit.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
            assertThat(credit.totals().taxExclusive()).isEqualTo(Money.of("2.73", "EUR"));
            assertThat(credit.precedingInvoices()).extracting(pi -> pi.number()).containsExactly("FA-2024-000123");
            assertThat(credit.legalMentions()).extracting(m -> m.code()).contains(LegalMentionCodes.FR_CORRECTED_INVOICE);
        });
        assertThat(r.anomalies()).isEmpty();
        assertThat(r.steps()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(StepOutcome.Status.DRAFTED);
            assertThat(s.step()).isEqualTo("index-final-credit");
            assertThat(s.invoiceId()).contains(r.invoices().get(0).id());
        });
        // Same question, same answer: the id derives from the invoice, not from a counter or the clock.
        assertThat(engine.indexAdjustments(issued, context(FINAL).build()).invoices()).isEqualTo(r.invoices());
    }

    @Test
    void neverAdjustsTwice() {
        Invoice issued = issued();
        Invoice credit = engine.indexAdjustments(issued, context(FINAL).build()).invoices().get(0);
        ConversionResult afterIssue = engine.indexAdjustments(issued,
                context(FINAL).issuedInvoices(List.of(issued, credit.issue("AV-2025-000004", LocalDate.of(2025, 3, 3)))).build());
        assertThat(afterIssue.invoices()).isEmpty();
        assertThat(afterIssue.steps()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(StepOutcome.Status.ALREADY_ISSUED);
            assertThat(s.detail()).contains("AV-2025-000004");
        });
        String key = engine.indexAdjustments(issued, context(FINAL).build()).steps().get(0).conversionKey();
        ConversionResult afterDraft = engine.indexAdjustments(issued, context(FINAL).draftedKeys(Set.of(key)).build());
        assertThat(afterDraft.invoices()).isEmpty();
        assertThat(afterDraft.steps().get(0).status()).isEqualTo(StepOutcome.Status.ALREADY_DRAFTED);
    }

    @Test
    void nothingToBillWhileTheValueIsProvisional() {
        ConversionResult r = engine.indexAdjustments(issued(), context(PROVISIONAL).build());
        assertThat(r.invoices()).isEmpty();
        assertThat(r.steps()).singleElement().extracting(StepOutcome::status).isEqualTo(StepOutcome.Status.NOTHING_TO_BILL);
    }

    @Test
    void legalRulesOffMeansNoMentions() {
        ConversionResult r = engine.indexAdjustments(issued(), context(FINAL).withoutLegalRules().build());
        assertThat(r.invoices().get(0).legalMentions()).isEmpty();
    }

    @Test
    void needsTheClauseInTheContext() {
        assertThatThrownBy(() -> engine.indexAdjustments(issued(), ConversionContext.on(LocalDate.of(2025, 3, 3)).build()))
                .isInstanceOfSatisfying(ConversionException.class, e -> {
                    assertThat(e.code()).isEqualTo(ConversionException.INVALID_PLAN);
                    assertThat(e.path()).isEqualTo("context.indexation");
                });
    }
}
