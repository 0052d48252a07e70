package io.github.quote2invoice.conversion;

import io.github.quote2invoice.document.Installment;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.invoice.BillingFramework;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.InvoiceStatus;
import io.github.quote2invoice.invoice.LegalMention;
import io.github.quote2invoice.invoice.ProgressDetail;
import io.github.quote2invoice.legal.LegalMentionCodes;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;
import io.github.quote2invoice.testing.Samples;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.github.quote2invoice.conversion.Deals.eur;
import static org.assertj.core.api.Assertions.assertThat;

/** The French billing cases, each with its figures worked out by hand in the comments. */
class FrenchCasesTest {
    private static final VatRate S20 = VatRate.standard("20");
    private static final VatRate S10 = VatRate.standard("10");
    private final ConversionEngine engine = ConversionEngine.standard();

    private static ConversionContext.Builder on() {
        return ConversionContext.on(Billing.DAY);
    }

    /**
     * Milestones order 30 %, delivery 50 %, acceptance 20 % of 10 000.00 excl. VAT at 20 %:
     * order 3 000.00 + VAT 600.00; delivery 5 000.00 + 1 000.00; the last (final) invoice carries
     * 10 000.00 + 2 000.00 and deducts both: 2 000.00 + VAT 400.00 (2 000.00 - 600.00 - 1 000.00).
     */
    @Test
    void milestonesTiedToEvents() {
        Quote quote = Deals.accepted(Deals.draft("m1", "EUR", List.of(Deals.line("1", "1", "10000.00", S20, LineNature.SERVICES))));
        BillingPlan plan = BillingPlan.milestones(List.of(Milestone.of("order", "30"), Milestone.of("delivery", "50"),
                Milestone.of("acceptance", "20")));

        ConversionResult atOrder = engine.convert(quote, plan, on().reachedEvents("order").build());
        assertThat(atOrder.anomalies("PLAN_NOT_100_PERCENT")).isEmpty();
        assertThat(atOrder.invoices()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(InvoiceKind.DEPOSIT);
            assertThat(i.totals().vatBreakdown()).containsExactly(new VatBreakdown(S20, eur("3000.00"), eur("600.00")));
        });
        assertThat(atOrder.step("milestone:delivery").orElseThrow().status()).isEqualTo(StepOutcome.Status.WAITING_FOR_EVENT);

        List<Invoice> issued = new ArrayList<>(List.of(Billing.issue(atOrder.invoices().get(0), 1)));
        ConversionResult atDelivery = engine.convert(quote, plan, on().issuedInvoices(issued).reachedEvents("order", "delivery").build());
        assertThat(atDelivery.invoices()).singleElement()
                .satisfies(i -> assertThat(i.totals().taxInclusive()).isEqualTo(eur("6000.00")));
        issued.add(Billing.issue(atDelivery.invoices().get(0), 2));

        ConversionResult atAcceptance = engine.convert(quote, plan, on().issuedInvoices(issued)
                .reachedEvents("order", "delivery", "acceptance").build());
        Invoice fin = atAcceptance.invoices().get(0);
        assertThat(fin.kind()).isEqualTo(InvoiceKind.FINAL);
        assertThat(fin.billingFramework()).contains(BillingFramework.S4);
        assertThat(fin.totals().vatBreakdown()).containsExactly(new VatBreakdown(S20, eur("2000.00"), eur("400.00")));
        assertThat(fin.precedingInvoices()).extracting(p -> p.number()).containsExactly("FA-2026-00001", "FA-2026-00002");
        assertThat(fin.legalMentions()).extracting(LegalMention::code).contains(LegalMentionCodes.FR_DEPOSITS_DEDUCTED);
    }

    /** Milestones of 30 + 50 + 10 = 90 %: an ERROR anomaly; the last one still bills what remains. */
    @Test
    void milestonesNotSummingTo100PercentAreAnAnomaly() {
        Quote quote = Deals.accepted(Deals.draft("m2", "EUR", List.of(Deals.line("1", "1", "10000.00", S20, LineNature.SERVICES))));
        BillingPlan plan = BillingPlan.milestones(List.of(Milestone.of("order", "30"), Milestone.of("delivery", "50"),
                Milestone.of("acceptance", "10")));
        ConversionResult r = engine.convert(quote, plan, on().reachedEvents("order").build());
        assertThat(r.anomalies("PLAN_NOT_100_PERCENT")).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(io.github.quote2invoice.check.Severity.ERROR);
            assertThat(a.path()).isEqualTo("plan");
            assertThat(a.message()).contains("90 %");
        });
        assertThat(r.hasErrors()).isTrue();
        List<Invoice> all = Billing.playToEnd(engine, quote, plan, List.of(), Set.of("order", "delivery", "acceptance"));
        assertThat(all.get(2).totals().taxExclusive()).isEqualTo(eur("2000.00"));
    }

    /**
     * Progress invoices on A = 10 000.00 at 20 % (services) and B = 3 333.33 at 10 % (goods).
     * Situation 1: A 30 % -> 3 000.00 (VAT 600.00). Situation 2: A 65 % -> 6 500.00 - 3 000.00 =
     * 3 500.00 (VAT 700.00); B 50 % -> 1 666.665 -> 1 666.67 (VAT 166.667 -> 166.67).
     * Situation 3 (all at 100 %) is the final: A 10 000.00 - 6 500.00 = 3 500.00, VAT 2 000.00 -
     * 600.00 - 700.00 = 700.00; B 3 333.33 - 1 666.67 = 1 666.66, VAT 333.33 - 166.67 = 166.66.
     * Over the three, VAT at 10 % = 166.67 + 166.66 = 333.33 = round(3 333.33 x 10 %), to the cent.
     */
    @Test
    void progressInvoicesBillCumulativeMinusAlreadyBilled() {
        Quote quote = Deals.accepted(Deals.draft("p1", "EUR", List.of(Deals.line("A", "1", "10000.00", S20, LineNature.SERVICES),
                Deals.line("B", "1", "3333.33", S10, LineNature.GOODS))));
        List<Situation> situations = List.of(Situation.of(Map.of("A", new BigDecimal("30"))),
                Situation.of(Map.of("A", new BigDecimal("65"), "B", new BigDecimal("50"))),
                new Situation(Map.of("A", new BigDecimal("100"), "B", new BigDecimal("100")), Optional.of("Situation n° 3 - solde")));

        ConversionResult first = engine.convert(quote, BillingPlan.progress(situations.subList(0, 1)), on().build());
        Invoice s1 = first.invoices().get(0);
        assertThat(s1.kind()).isEqualTo(InvoiceKind.PROGRESS);
        assertThat(s1.totals().vatBreakdown()).containsExactly(new VatBreakdown(S20, eur("3000.00"), eur("600.00")));
        assertThat(s1.lines()).singleElement().satisfies(l -> assertThat(l.progress()).contains(
                new ProgressDetail(new BigDecimal("30"), BigDecimal.ZERO, eur("10000.00"), eur("3000.00"), eur("0.00"))));
        List<Invoice> issued = new ArrayList<>(List.of(Billing.issue(s1, 1)));

        ConversionResult second = engine.convert(quote, BillingPlan.progress(situations.subList(0, 2)), on().issuedInvoices(issued).build());
        Invoice s2 = second.invoices().get(0);
        assertThat(second.step("situation-1").orElseThrow().status()).isEqualTo(StepOutcome.Status.ALREADY_ISSUED);
        assertThat(s2.totals().vatBreakdown()).containsExactly(new VatBreakdown(S20, eur("3500.00"), eur("700.00")),
                new VatBreakdown(S10, eur("1666.67"), eur("166.67")));
        assertThat(s2.lines().get(0).progress().orElseThrow())
                .isEqualTo(new ProgressDetail(new BigDecimal("65"), new BigDecimal("30"), eur("10000.00"), eur("6500.00"), eur("3000.00")));
        assertThat(s2.lines().get(0).progress().orElseThrow().instalment()).isEqualTo(s2.lines().get(0).netAmount());
        issued.add(Billing.issue(s2, 2));

        ConversionResult third = engine.convert(quote, BillingPlan.progress(situations), on().issuedInvoices(issued).build());
        Invoice s3 = third.invoices().get(0);
        assertThat(s3.kind()).isEqualTo(InvoiceKind.FINAL);
        assertThat(s3.billingFramework()).contains(BillingFramework.M4);
        assertThat(s3.totals().vatBreakdown()).containsExactly(new VatBreakdown(S20, eur("3500.00"), eur("700.00")),
                new VatBreakdown(S10, eur("1666.66"), eur("166.66")));
        assertThat(s3.notes()).extracting(n -> n.text()).contains("Situation n° 3 - solde");
        assertThat(s3.lines().get(1).progress().orElseThrow().previouslyBilled()).isEqualTo(eur("1666.67"));
    }

    /** A situation cannot lower a line's completion: that is a credit note's job. */
    @Test
    void progressCannotGoDown() {
        Quote quote = Deals.accepted(Deals.draft("p2", "EUR", List.of(Deals.line("A", "1", "1000.00", S20, LineNature.SERVICES))));
        Invoice s1 = Billing.issue(engine.convert(quote, BillingPlan.progress(List.of(Situation.of(Map.of("A", new BigDecimal("60"))))),
                on().build()).invoices().get(0), 1);
        BillingPlan down = BillingPlan.progress(List.of(Situation.of(Map.of("A", new BigDecimal("60"))), Situation.of(Map.of("A", new BigDecimal("40")))));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.convert(quote, down, on().issuedInvoices(List.of(s1)).build()))
                .isInstanceOfSatisfying(ConversionException.class, e -> {
                    assertThat(e.code()).isEqualTo(ConversionException.INVALID_PLAN);
                    assertThat(e.path()).isEqualTo("plan.situations[1].cumulativePercent[A]");
                });
    }

    /**
     * JPY has no decimals: 3 x 12 345 = 37 035 at 10 %, VAT 3 703.5 -> 3 704. A 30 % deposit:
     * 11 110.5 -> 11 111, VAT 1 111.1 -> 1 111. Final: 37 035 - 11 111 = 25 924, VAT 3 704 - 1 111 = 2 593.
     */
    @Test
    void yenHasNoMinorUnit() {
        Quote quote = Deals.accepted(Deals.draft("jpy", "JPY", List.of(Deals.line("1", "3", "12345", S10, LineNature.GOODS))));
        List<Invoice> all = Billing.playToEnd(engine, quote, BillingPlan.deposits(Share.percentExclVat("30")), List.of(), Set.of());
        assertThat(all.get(0).totals().vatBreakdown()).containsExactly(new VatBreakdown(S10, jpy("11111"), jpy("1111")));
        assertThat(all.get(1).totals().vatBreakdown()).containsExactly(new VatBreakdown(S10, jpy("25924"), jpy("2593")));
        assertThat(all.get(1).billingFramework()).contains(BillingFramework.B4);
    }

    /**
     * KWD has 3 decimals: 3 x 10.1235 = 30.3705 -> 30.371 at 20 %, VAT 6.0742 -> 6.074. A 50 % deposit:
     * 15.1855 -> 15.186, VAT 3.0372 -> 3.037. Final: 15.185, VAT 6.074 - 3.037 = 3.037.
     */
    @Test
    void kuwaitiDinarHasThreeDecimals() {
        Quote quote = Deals.accepted(Deals.draft("kwd", "KWD", List.of(Deals.line("1", "3", "10.1235", S20, LineNature.SERVICES))));
        List<Invoice> all = Billing.playToEnd(engine, quote, BillingPlan.deposits(Share.percentExclVat("50")), List.of(), Set.of());
        assertThat(all.get(0).totals().vatBreakdown()).containsExactly(new VatBreakdown(S20, kwd("15.186"), kwd("3.037")));
        assertThat(all.get(1).totals().vatBreakdown()).containsExactly(new VatBreakdown(S20, kwd("15.185"), kwd("3.037")));
    }

    /**
     * A deposit of 1 200.00 incl. VAT at 20 %: the net whose net + VAT is 1 200.00 is 1 000.00 (VAT 200.00).
     * A 10 % incl. VAT deposit of the sample quote (20 169.25 incl. VAT): 2 016.925 -> 2 016.93, split
     * over the gross of each rate, 16 749.00 : 3 420.25: 201693 x 1674900 / 2016925 = 167490 rem 837450,
     * 201693 x 342025 / 2016925 = 34202 rem 1179475, the cent left to the larger remainder (10 %):
     * 1 674.90 and 342.03. Nets: 1 674.90 / 1.2 = 1 395.75 (VAT 279.15); 342.03 / 1.1 = 310.936 ->
     * 310.94 (VAT 31.094 -> 31.09, 310.94 + 31.09 = 342.03). The deposit is exactly 2 016.93.
     */
    @Test
    void depositsIncludingVat() {
        Quote simple = Deals.accepted(Deals.draft("ttc", "EUR", List.of(Deals.line("1", "1", "5000.00", S20, LineNature.SERVICES))));
        Invoice d = engine.convert(simple, BillingPlan.deposits(Share.amountInclVat(eur("1200.00"))), on().build()).invoices().get(0);
        assertThat(d.totals().vatBreakdown()).containsExactly(new VatBreakdown(S20, eur("1000.00"), eur("200.00")));

        Invoice s = engine.convert(Samples.acceptedQuote(), BillingPlan.deposits(Share.percentInclVat("10")), on().build()).invoices().get(0);
        assertThat(s.totals().vatBreakdown()).containsExactly(new VatBreakdown(S20, eur("1395.75"), eur("279.15")),
                new VatBreakdown(S10, eur("310.94"), eur("31.09")));
        assertThat(s.totals().taxInclusive()).isEqualTo(eur("2016.93"));
    }

    /** Reverse charge, intra-EU, export and franchise en base: no VAT, the exemption on the rate, the mention on the invoice. */
    @Test
    void exemptionsCarryTheirReasonAndMention() {
        record Case(VatRate rate, String mention) { }
        for (Case c : List.of(new Case(VatRate.reverseCharge(), LegalMentionCodes.FR_REVERSE_CHARGE),
                new Case(VatRate.intraCommunity(), LegalMentionCodes.FR_INTRA_EU_EXEMPTION),
                new Case(VatRate.export(), LegalMentionCodes.FR_EXPORT_EXEMPTION),
                new Case(VatRate.franchiseEnBase(), LegalMentionCodes.FR_FRANCHISE_293B))) {
            Quote quote = Deals.accepted(Deals.draft("x-" + c.rate().category(), "EUR",
                    List.of(Deals.line("1", "2", "750.00", c.rate(), LineNature.GOODS))).buyer(Samples.belgianBuyer()));
            List<Invoice> all = Billing.playToEnd(engine, quote, BillingPlan.deposits(Share.percentExclVat("40")), List.of(), Set.of());
            assertThat(all.get(0).totals().vatBreakdown()).containsExactly(new VatBreakdown(c.rate(), eur("600.00"), eur("0.00")));
            assertThat(all.get(1).totals().vatBreakdown()).containsExactly(new VatBreakdown(c.rate(), eur("900.00"), eur("0.00")));
            assertThat(all.get(1).totals().vatBreakdown().get(0).rate().exemption()).isEqualTo(c.rate().exemption());
            Invoice withMentions = engine.convert(quote, BillingPlan.single(), on().build()).invoices().get(0);
            assertThat(withMentions.legalMentions()).extracting(LegalMention::code).as(c.rate().toString()).contains(c.mention());
        }
    }

    /** "Pay, then invoice": the final waits until the deposit is paid. */
    @Test
    void payThenInvoice() {
        Quote quote = Samples.acceptedQuote();
        BillingPlan plan = BillingPlan.deposits(Share.percentExclVat("30")).payThenInvoice();
        Invoice deposit = Billing.issue(engine.convert(quote, plan, on().build()).invoices().get(0), 1);

        ConversionResult unpaid = engine.convert(quote, plan, on().issuedInvoices(List.of(deposit)).build());
        assertThat(unpaid.invoices()).isEmpty();
        assertThat(unpaid.step("final").orElseThrow().status()).isEqualTo(StepOutcome.Status.WAITING_FOR_PAYMENT);

        ConversionResult paid = engine.convert(quote, plan, on().issuedInvoices(List.of(deposit.withPaymentStatus(InvoiceStatus.PAID))).build());
        assertThat(paid.invoices()).singleElement().satisfies(i -> assertThat(i.kind()).isEqualTo(InvoiceKind.FINAL));
    }

    /**
     * The quote's dated schedule is carried as is; with one installment per step each invoice gets its
     * due date. Sample quote, 30 % deposit (6 050.78) then final (14 118.47): a schedule of 6 050.78
     * then 14 000.00 sums to 20 050.78, not 20 169.25 (SCHEDULE_TOTAL_MISMATCH), and the final's
     * 14 118.47 is not its 14 000.00 (SCHEDULE_STEP_MISMATCH).
     */
    @Test
    void paymentScheduleIsCarriedOver() {
        LocalDate d1 = LocalDate.of(2026, 12, 15);
        LocalDate d2 = LocalDate.of(2027, 3, 31);
        Quote base = Samples.sentQuote();
        List<Installment> schedule = List.of(new Installment(d1, eur("6050.78"), Optional.of("À la commande")),
                new Installment(d2, eur("14000.00"), Optional.of("À la livraison")));
        Quote quote = base.toBuilder().status(io.github.quote2invoice.quote.QuoteStatus.DRAFT).paymentTerms(base.paymentTerms().withSchedule(schedule))
                .build().send(RandomDeals.SENT).quote()
                .accept(io.github.quote2invoice.quote.Acceptance.internalApproval("Claire Durand", Samples.ACCEPTED_AT)).quote();
        BillingPlan plan = BillingPlan.deposits(Share.percentExclVat("30"));

        ConversionResult first = engine.convert(quote, plan, on().build());
        assertThat(first.invoices().get(0).dueDate()).contains(d1);
        assertThat(first.invoices().get(0).paymentTerms().schedule()).isEqualTo(schedule);
        assertThat(first.anomalies("SCHEDULE_TOTAL_MISMATCH")).hasSize(1);
        assertThat(first.anomalies("SCHEDULE_STEP_MISMATCH")).isEmpty();

        ConversionResult second = engine.convert(quote, plan, on().issuedInvoices(List.of(Billing.issue(first.invoices().get(0), 1))).build());
        assertThat(second.invoices().get(0).dueDate()).contains(d2);
        assertThat(second.anomalies("SCHEDULE_STEP_MISMATCH")).singleElement()
                .satisfies(a -> assertThat(a.path()).isEqualTo("paymentTerms.schedule[1].amount"));
    }

    private static Money jpy(String amount) {
        return Money.of(amount, "JPY");
    }

    private static Money kwd(String amount) {
        return Money.of(amount, "KWD");
    }
}
