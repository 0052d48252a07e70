package io.github.quote2invoice.check;

import io.github.quote2invoice.document.DueDateRule;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.PaymentTerms;
import io.github.quote2invoice.document.Totals;
import io.github.quote2invoice.invoice.DepositDeduction;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.legal.LegalOptions;
import io.github.quote2invoice.legal.LegalRuleSets;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Address;
import io.github.quote2invoice.party.Party;
import io.github.quote2invoice.party.PartyType;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatCategory;
import io.github.quote2invoice.tax.VatExemption;
import io.github.quote2invoice.tax.VatRate;
import io.github.quote2invoice.testing.Samples;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.github.quote2invoice.testing.DraftInvoices.frenchB2b;
import static io.github.quote2invoice.testing.DraftInvoices.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** One example per anomaly code of the standard checks; figures worked by hand in the comments. */
class StandardInvoiceChecksTest {
    private final StandardInvoiceChecks checks = StandardInvoiceChecks.defaults();

    private static List<String> codes(List<Anomaly> anomalies) {
        return anomalies.stream().map(Anomaly::code).toList();
    }

    @Test
    void aCorrectFrenchDraftHasNoAnomaly() {
        assertThat(checks.check(frenchB2b().build())).isEmpty();
        StandardInvoiceChecks withLegal = StandardInvoiceChecks.builder().legal(LegalRuleSets.check(LegalOptions.NONE)).build();
        assertThat(withLegal.check(frenchB2b().build())).isEmpty();
    }

    @Test
    void legalCheckComesFirstWhenConfigured() {
        Party noSiren = Party.builder("Atelier X", Address.of("1 rue X", "69003", "Lyon", "FR")).vatId("FR11123456782").legalForm("SAS")
                .shareCapital(Money.of("1000", "EUR")).registration("RCS Lyon").build();
        List<Anomaly> found = StandardInvoiceChecks.builder().legal(LegalRuleSets.check(LegalOptions.NONE)).build()
                .check(frenchB2b().seller(noSiren).build());
        assertThat(codes(found)).containsExactly(AnomalyCodes.FR_SELLER_SIREN_MISSING);
    }

    @Test
    void totalsThatDisagreeWithTheLines() {
        Invoice good = frenchB2b().build();
        // lines give 1950.00 at 20 % (VAT 390.00) and 1200.00 at 10 % (VAT 120.00): 3150.00 + 510.00 = 3660.00.
        // Stored: VAT at 10 % typed as 102.00, so vatTotal 492.00 and taxInclusive 3642.00.
        Money eur0 = Money.of("0", "EUR");
        Totals wrong = new Totals(Money.of("3150.00", "EUR"), eur0, eur0, Money.of("3150.00", "EUR"), Money.of("492.00", "EUR"),
                Money.of("3642.00", "EUR"), eur0, Money.of("3642.00", "EUR"), List.of(
                        new VatBreakdown(VatRate.standard("20"), Money.of("1950.00", "EUR"), Money.of("390.00", "EUR")),
                        new VatBreakdown(VatRate.standard("10"), Money.of("1200.00", "EUR"), Money.of("102.00", "EUR"))));
        List<Anomaly> found = checks.check(good.toBuilder().totals(wrong).buildKeepingTotals());
        assertThat(found).extracting(Anomaly::code, Anomaly::path, Anomaly::severity).containsExactly(
                tuple(AnomalyCodes.TOTALS_MISMATCH, "totals.vatTotal", Severity.ERROR),
                tuple(AnomalyCodes.TOTALS_MISMATCH, "totals.taxInclusive", Severity.ERROR),
                tuple(AnomalyCodes.TOTALS_MISMATCH, "totals.amountDue", Severity.ERROR),
                tuple(AnomalyCodes.TOTALS_MISMATCH, "totals.vatBreakdown", Severity.ERROR));
    }

    @Test
    void lineNetThatDisagreesWithQuantityTimesPrice() {
        // 3 x 650.00 = 1950.00, stored 1905.00
        InvoiceLine typo = line("1", "3", "650.00", VatRate.standard("20"), LineNature.SERVICES).toBuilder()
                .netAmount(Money.of("1905.00", "EUR")).build();
        List<Anomaly> found = checks.check(frenchB2b().lines(List.of(typo)).build());
        assertThat(found).extracting(Anomaly::code, Anomaly::path).containsExactly(tuple(AnomalyCodes.LINE_NET_MISMATCH, "lines[0].netAmount"));
        assertThat(StandardInvoiceChecks.builder().lineNets(false).build().check(frenchB2b().lines(List.of(typo)).build())).isEmpty();
    }

    @Test
    void negativeAndZeroTotalsByKind() {
        InvoiceLine minus = line("1", "-1", "100.00", VatRate.standard("20"), LineNature.SERVICES);
        InvoiceLine zero = line("1", "0", "100.00", VatRate.standard("20"), LineNature.SERVICES);
        assertThat(checks.check(frenchB2b().lines(List.of(minus)).build())).extracting(Anomaly::code, Anomaly::severity)
                .containsExactly(tuple(AnomalyCodes.TOTAL_NEGATIVE, Severity.ERROR));
        assertThat(checks.check(frenchB2b().lines(List.of(zero)).build())).extracting(Anomaly::code, Anomaly::severity)
                .containsExactly(tuple(AnomalyCodes.TOTAL_ZERO, Severity.WARNING));
        assertThat(checks.check(frenchB2b().kind(InvoiceKind.DEPOSIT).lines(List.of(zero)).build())).extracting(Anomaly::severity)
                .containsExactly(Severity.ERROR);
        PrecedingInvoice fa1 = new PrecedingInvoice("FA-1", LocalDate.of(2026, 11, 12), Optional.empty());
        assertThat(checks.check(frenchB2b().kind(InvoiceKind.CREDIT_NOTE).precedingInvoices(List.of(fa1)).lines(List.of(minus)).build()))
                .extracting(Anomaly::code).containsExactly(AnomalyCodes.TOTAL_NEGATIVE);
    }

    @Test
    void finalInvoiceWhoseDepositsExceedIt() {
        // final: 1 x 100.00 at 20 % = 120.00 incl. VAT; deposit of 150.00 + 30.00 VAT prepaid: due -60.00
        PrecedingInvoice dep = new PrecedingInvoice("AC-1", LocalDate.of(2026, 10, 1), Optional.empty());
        DepositDeduction d = new DepositDeduction(dep, List.of(new VatBreakdown(VatRate.standard("20"), Money.of("150.00", "EUR"),
                Money.of("30.00", "EUR"))));
        Invoice fin = frenchB2b().kind(InvoiceKind.FINAL).lines(List.of(line("1", "1", "100.00", VatRate.standard("20"), LineNature.SERVICES)))
                .precedingInvoices(List.of(dep)).deductions(List.of(d)).settlement(io.github.quote2invoice.invoice.SettlementStyle.PREPAID_AMOUNT)
                .build();
        assertThat(checks.check(fin)).extracting(Anomaly::code, Anomaly::path)
                .containsExactly(tuple(AnomalyCodes.TOTAL_NEGATIVE, "totals.amountDue"));
    }

    @Test
    void vatRatesOfTheSellersCountry() {
        // 19 % is German, not French; 8.5 % (French overseas departments) is not in the default French table either
        Invoice inv = frenchB2b().lines(List.of(line("1", "1", "100.00", VatRate.standard("19"), LineNature.GOODS),
                line("2", "1", "100.00", VatRate.standard("5.50"), LineNature.GOODS))).build();
        assertThat(checks.check(inv)).extracting(Anomaly::code, Anomaly::path)
                .containsExactly(tuple(AnomalyCodes.VAT_RATE_NOT_ALLOWED, "lines[0].vatRate"));
        StandardInvoiceChecks dom = StandardInvoiceChecks.builder().allowedRates("FR", List.of(new BigDecimal("8.5"), new BigDecimal("2.1"),
                new BigDecimal("19"), new BigDecimal("5.5"))).build();
        assertThat(dom.check(inv)).isEmpty();
    }

    @Test
    void categoriesThatDoNotFitTheParties() {
        Party consumer = Party.builder("Jeanne Petit", Address.of("3 rue Haute", "69001", "Lyon", "FR")).type(PartyType.CONSUMER).build();
        Invoice rcToConsumer = frenchB2b().buyer(consumer).lines(List.of(line("1", "1", "100.00", VatRate.reverseCharge(), LineNature.SERVICES)))
                .build();
        assertThat(codes(checks.check(rcToConsumer))).containsExactly(AnomalyCodes.VAT_CATEGORY_NOT_ALLOWED);
        Invoice intraEuToFrance = frenchB2b().lines(List.of(line("1", "1", "100.00", VatRate.intraCommunity(), LineNature.GOODS))).build();
        assertThat(checks.check(intraEuToFrance)).extracting(Anomaly::code, Anomaly::severity)
                .containsExactly(tuple(AnomalyCodes.VAT_CATEGORY_NOT_ALLOWED, Severity.ERROR));
        Invoice intraEuToBelgium = intraEuToFrance.toBuilder().buyer(Samples.belgianBuyer()).build();
        assertThat(checks.check(intraEuToBelgium)).isEmpty();
        Invoice exportToBelgium = frenchB2b().buyer(Samples.belgianBuyer())
                .lines(List.of(line("1", "1", "100.00", VatRate.export(), LineNature.GOODS))).build();
        assertThat(checks.check(exportToBelgium)).extracting(Anomaly::severity).containsExactly(Severity.WARNING);
        Invoice canary = frenchB2b().lines(List.of(line("1", "1", "100.00",
                new VatRate(VatCategory.L, new BigDecimal("7"), Optional.empty()), LineNature.GOODS))).build();
        assertThat(codes(checks.check(canary))).containsExactly(AnomalyCodes.VAT_CATEGORY_NOT_ALLOWED);
    }

    @Test
    void exemptionReasonOfAnotherCategory() {
        // the reverse-charge code on an exempt (E) line; a zero-rated line with a reason (EN 16931 BR-Z-10)
        VatRate eWithAeCode = VatRate.exempt(VatCategory.E, VatExemption.REVERSE_CHARGE);
        VatRate zWithReason = new VatRate(VatCategory.Z, BigDecimal.ZERO, Optional.of(VatExemption.EXPORT));
        VatRate eWithOwnCode = VatRate.exempt(VatCategory.E, new VatExemption("EXO-12", "Exonération, art. 261-4-4° du CGI"));
        Invoice inv = frenchB2b().lines(List.of(line("1", "1", "100.00", eWithAeCode, LineNature.SERVICES),
                line("2", "1", "100.00", eWithOwnCode, LineNature.SERVICES))).build();
        assertThat(checks.check(inv)).extracting(Anomaly::code, Anomaly::path, Anomaly::severity).containsExactly(
                tuple(AnomalyCodes.EXEMPTION_REASON_MISMATCH, "lines[0].vatRate", Severity.ERROR),
                tuple(AnomalyCodes.EXEMPTION_REASON_MISMATCH, "lines[1].vatRate", Severity.WARNING));
        Invoice z = frenchB2b().buyer(Samples.belgianBuyer()).lines(List.of(line("1", "1", "100.00", zWithReason, LineNature.GOODS))).build();
        assertThat(codes(checks.check(z))).containsExactly(AnomalyCodes.VAT_CATEGORY_NOT_ALLOWED, AnomalyCodes.EXEMPTION_REASON_MISMATCH);
    }

    @Test
    void unusualAmounts() {
        // unit prices 10, 12, 11, 500: the median of the others of 500 is 11, and 500 > 10 x 11
        Invoice inv = frenchB2b().lines(List.of(line("1", "1", "10.00", VatRate.standard("20"), LineNature.GOODS),
                line("2", "1", "12.00", VatRate.standard("20"), LineNature.GOODS),
                line("3", "1", "11.00", VatRate.standard("20"), LineNature.GOODS),
                line("4", "1", "500.00", VatRate.standard("20"), LineNature.GOODS))).build();
        assertThat(checks.check(inv)).extracting(Anomaly::code, Anomaly::path)
                .containsExactly(tuple(AnomalyCodes.LINE_PRICE_OUTLIER, "lines[3].unitPrice"));
        assertThat(StandardInvoiceChecks.builder().noPriceOutliers().build().check(inv)).isEmpty();
        // total incl. VAT 533.00 x 1.2 = 639.60 > 500.00
        StandardInvoiceChecks capped = StandardInvoiceChecks.builder().noPriceOutliers().maxTotal(Money.of("500.00", "EUR")).build();
        assertThat(capped.check(inv)).extracting(Anomaly::code, Anomaly::severity)
                .containsExactly(tuple(AnomalyCodes.AMOUNT_ABOVE_THRESHOLD, Severity.WARNING));
        assertThat(StandardInvoiceChecks.builder().maxTotal(Money.of("500", "USD")).noPriceOutliers().build().check(inv)).isEmpty();
    }

    @Test
    void paymentTermsBeyondTheFrenchMaximum() {
        // L441-10 I: 60 days after the invoice date, or 45 days end of month
        PaymentTerms net61 = PaymentTerms.net(61, Samples.terms().latePayment());
        assertThat(checks.check(frenchB2b().paymentTerms(net61).build())).extracting(Anomaly::code, Anomaly::path)
                .containsExactly(tuple(AnomalyCodes.PAYMENT_TERM_TOO_LONG, "paymentTerms.dueDateRule"));
        PaymentTerms eom45 = new PaymentTerms(new DueDateRule(45, true), List.of(), Optional.empty(), Samples.terms().latePayment(),
                Optional.empty());
        assertThat(checks.check(frenchB2b().paymentTerms(eom45).build())).isEmpty();
        PaymentTerms eom50 = new PaymentTerms(new DueDateRule(50, true), List.of(), Optional.empty(), Samples.terms().latePayment(),
                Optional.empty());
        assertThat(codes(checks.check(frenchB2b().paymentTerms(eom50).build()))).containsExactly(AnomalyCodes.PAYMENT_TERM_TOO_LONG);
        // issued 2026-11-16 with a due date of 2027-01-20: 65 days, beyond 2027-01-15 (60 days)
        Invoice late = frenchB2b().dueDate(LocalDate.of(2027, 1, 20)).build().issue("FA-9", LocalDate.of(2026, 11, 16));
        assertThat(checks.check(late)).extracting(Anomaly::code, Anomaly::path).containsExactly(tuple(AnomalyCodes.PAYMENT_TERM_TOO_LONG, "dueDate"));
        // consumers: no such cap
        Party consumer = Party.builder("Jeanne Petit", Address.of("3 rue Haute", "69001", "Lyon", "FR")).type(PartyType.CONSUMER).build();
        assertThat(checks.check(frenchB2b().buyer(consumer).paymentTerms(net61).build())).isEmpty();
        // public buyers: 30 days (Code de la commande publique R2192-10)
        Party mairie = Party.builder("Commune de Bron", Address.of("Place de Weingarten", "69500", "Bron", "FR")).type(PartyType.PUBLIC_BODY)
                .siren("216900290").build();
        assertThat(codes(checks.check(frenchB2b().buyer(mairie).paymentTerms(PaymentTerms.net(45, Samples.terms().latePayment())).build())))
                .containsExactly(AnomalyCodes.PAYMENT_TERM_TOO_LONG);
    }
}
