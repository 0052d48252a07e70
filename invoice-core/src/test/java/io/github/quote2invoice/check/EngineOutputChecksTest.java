package io.github.quote2invoice.check;

import io.github.quote2invoice.conversion.BillingPlan;
import io.github.quote2invoice.conversion.ConversionContext;
import io.github.quote2invoice.conversion.ConversionEngine;
import io.github.quote2invoice.conversion.ConversionResult;
import io.github.quote2invoice.conversion.Share;
import io.github.quote2invoice.indexation.IndexationClause;
import io.github.quote2invoice.indexation.InMemoryIndexSource;
import io.github.quote2invoice.indexation.IndexValue;
import io.github.quote2invoice.indexation.RevisionMonthRule;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.legal.LegalMentionCodes;
import io.github.quote2invoice.legal.LegalOptions;
import io.github.quote2invoice.legal.LegalRuleSets;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.testing.Samples;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule sets, checks and indexation wired into the conversion engine: the sample French quote
 * converts into drafts that carry the French mentions and raise no anomaly.
 */
class EngineOutputChecksTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 16);
    private final Quote quote = Samples.acceptedQuote();

    private static ConversionContext.Builder context() {
        return ConversionContext.on(DAY).deliveryDate(LocalDate.of(2026, 11, 14)).legalRules(LegalRuleSets.byParties())
                .legalOptions(new LegalOptions(true)).checks(List.of(StandardInvoiceChecks.defaults()));
    }

    @Test
    void singleInvoiceHasTheFrenchMentionsAndNoAnomaly() {
        ConversionResult r = ConversionEngine.standard().convert(quote, BillingPlan.single(), context().build());
        assertThat(r.anomalies()).isEmpty();
        Invoice inv = r.invoices().get(0);
        assertThat(inv.legalMentions()).extracting(m -> m.code()).contains(LegalMentionCodes.FR_SELLER_IDENTITY,
                LegalMentionCodes.FR_BUYER_SIREN, LegalMentionCodes.FR_OPERATION_NATURE, LegalMentionCodes.FR_VAT_ON_DEBITS,
                LegalMentionCodes.FR_NO_EARLY_PAYMENT_DISCOUNT, LegalMentionCodes.FR_LATE_PENALTIES, LegalMentionCodes.FR_RECOVERY_INDEMNITY);
    }

    @Test
    void depositPlanHasNoAnomaly() {
        ConversionResult r = ConversionEngine.standard().convert(quote, BillingPlan.deposits(Share.percentExclVat("30")), context().build());
        assertThat(r.anomalies()).isEmpty();
        assertThat(r.invoices()).isNotEmpty();
    }

    @Test
    void indexedConversionCarriesTheComputation() {
        // published BT01: January 2023 128.4, August 2024 131.7 (see src/test/resources/indexation/SOURCES.md);
        // line 1, 650.00: C = 131.205 / 128.4 -> 1.0218, P = 664.17
        IndexationClause clause = IndexationClause.builder("BT01", YearMonth.of(2023, 1)).parts("0.15", "0.85")
                .revisionMonth(RevisionMonthRule.monthsBefore(27)).build();
        InMemoryIndexSource source = InMemoryIndexSource.of(
                new IndexValue("BT01", YearMonth.of(2023, 1), new BigDecimal("128.4"), false),
                new IndexValue("BT01", YearMonth.of(2024, 8), new BigDecimal("131.7"), false));
        ConversionResult r = ConversionEngine.standard().convert(quote, BillingPlan.single(), context().indexation(clause, source).build());
        assertThat(r.anomalies()).isEmpty();
        Invoice inv = r.invoices().get(0);
        assertThat(inv.lines().get(0).unitPrice()).isEqualByComparingTo("664.17");
        assertThat(inv.lines().get(0).indexation().orElseThrow().coefficient()).isEqualByComparingTo("1.0218");
    }
}
