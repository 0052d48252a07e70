package io.github.quote2invoice.conversion;

import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.quote.QuoteLine;
import io.github.quote2invoice.quote.QuoteStatus;
import io.github.quote2invoice.quote.Revision;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static io.github.quote2invoice.conversion.Deals.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Change orders (avenants): a revision of an accepted quote bills only the difference, never twice. */
class ChangeOrderTest {
    private static final VatRate S20 = VatRate.standard("20");
    private static final VatRate S10 = VatRate.standard("10");
    private final ConversionEngine engine = ConversionEngine.standard();

    /** A = 1 000.00 at 20 %, B = 500.00 at 10 %. */
    private static Quote original() {
        return Deals.accepted(Deals.draft("co", "EUR", List.of(Deals.line("A", "1", "1000.00", S20, LineNature.SERVICES),
                Deals.line("B", "1", "500.00", S10, LineNature.GOODS))));
    }

    private static Revision revise(Quote accepted, UnaryOperator<Quote.Builder> edit) {
        Revision r = accepted.revise("co-r1", Instant.parse("2026-11-20T10:00:00Z"), Billing.DAY);
        Quote draft = edit.apply(r.draft().toBuilder()).build();
        return new Revision(r.superseded(), RandomDeals.accept(draft), r.event());
    }

    private ConversionContext issued(List<Invoice> invoices) {
        return ConversionContext.on(Billing.DAY).issuedInvoices(invoices).build();
    }

    /**
     * Billed in full: 1 000.00 + 200.00 and 500.00 + 50.00. Revision 1: A's quantity 2 (2 000.00),
     * B removed, C = 300.00 at 20 % added. The amendment bills A +1 000.00, C +300.00 and B -500.00:
     * 20 %: 1 300.00, VAT 260.00; 10 %: -500.00, VAT -50.00; due 1 010.00. Over the deal: 20 % 2 300.00
     * and 460.00, 10 % nothing: the revised quote.
     */
    @Test
    void aRevisionBillsOnlyItsDifference() {
        Quote rev0 = original();
        Invoice first = Billing.issue(engine.convert(rev0, BillingPlan.single(), issued(List.of())).invoices().get(0), 1);
        Revision revision = revise(rev0, b -> b.lines(List.of(rev0.lines().get(0).withQuantity(Quantity.units(2)),
                Deals.line("C", "1", "300.00", S20, LineNature.SERVICES))));
        Quote rev1 = revision.draft();

        assertThatThrownBy(() -> engine.convert(revision.superseded(), BillingPlan.single(), issued(List.of(first))))
                .isInstanceOfSatisfying(ConversionException.class, e -> assertThat(e.code()).isEqualTo(ConversionException.SUPERSEDED));

        ConversionResult r = engine.convert(rev1, BillingPlan.single(), issued(List.of(first)));
        assertThat(r.step("invoice").orElseThrow().status()).isEqualTo(StepOutcome.Status.ALREADY_ISSUED);
        assertThat(r.step("amendment-1").orElseThrow().status()).isEqualTo(StepOutcome.Status.DRAFTED);
        Invoice amendment = r.invoices().get(0);
        assertThat(amendment.kind()).isEqualTo(InvoiceKind.STANDARD);
        assertThat(amendment.sourceQuote().orElseThrow().conversionKey()).isEqualTo("co-r1/1/amendment-1");
        assertThat(amendment.precedingInvoices()).extracting(p -> p.number()).containsExactly("FA-2026-00001");
        assertThat(amendment.lines()).extracting(l -> l.sourceLineId().orElseThrow(), l -> l.netAmount())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", eur("1000.00")), org.assertj.core.groups.Tuple.tuple("C", eur("300.00")),
                        org.assertj.core.groups.Tuple.tuple("B", eur("-500.00")));
        assertThat(amendment.totals().vatBreakdown()).containsExactly(new VatBreakdown(S20, eur("1300.00"), eur("260.00")),
                new VatBreakdown(S10, eur("-500.00"), eur("-50.00")));
        assertThat(amendment.totals().amountDue()).isEqualTo(eur("1010.00"));

        List<Invoice> all = List.of(first, Billing.issue(amendment, 2));
        assertThat(Billing.comparable(Billing.perRate(all, eur("0")))).isEqualTo(RandomDeals.oracleMoney(rev1));
        ConversionResult again = engine.convert(rev1, BillingPlan.single(), issued(all));
        assertThat(again.invoices()).isEmpty();
        assertThat(again.step("amendment-1").orElseThrow().status()).isEqualTo(StepOutcome.Status.ALREADY_ISSUED);
    }

    /** A = 1 000.00 lowered to 800.00: a credit note of 200.00 + 40.00 on the first invoice. */
    @Test
    void aCheaperRevisionGivesACreditNote() {
        Quote rev0 = original();
        Invoice first = Billing.issue(engine.convert(rev0, BillingPlan.single(), issued(List.of())).invoices().get(0), 1);
        Quote rev1 = revise(rev0, b -> b.lines(List.of(rev0.lines().get(0).withUnitPrice(new BigDecimal("800.00")), rev0.lines().get(1)))).draft();

        Invoice credit = engine.convert(rev1, BillingPlan.single(), issued(List.of(first))).invoices().get(0);
        assertThat(credit.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
        assertThat(credit.totals().vatBreakdown()).containsExactly(new VatBreakdown(S20, eur("200.00"), eur("40.00")));
        assertThat(credit.creditReason()).hasValueSatisfying(t -> assertThat(t).contains("Avenant n° 1"));
        assertThat(credit.precedingInvoices()).extracting(p -> p.number()).containsExactly("FA-2026-00001");

        List<Invoice> all = List.of(first, Billing.issue(credit, 2));
        assertThat(Billing.comparable(Billing.perRate(all, eur("0")))).isEqualTo(RandomDeals.oracleMoney(rev1));
        assertThat(engine.convert(rev1, BillingPlan.single(), issued(all)).invoices()).isEmpty();
    }

    /** A revision that changes nothing billed bills nothing. */
    @Test
    void anUnchangedRevisionBillsNothing() {
        Quote rev0 = original();
        Invoice first = Billing.issue(engine.convert(rev0, BillingPlan.single(), issued(List.of())).invoices().get(0), 1);
        Quote rev1 = revise(rev0, b -> b).draft();
        ConversionResult r = engine.convert(rev1, BillingPlan.single(), issued(List.of(first)));
        assertThat(r.invoices()).isEmpty();
        assertThat(r.step("amendment-1").orElseThrow().status()).isEqualTo(StepOutcome.Status.NOTHING_TO_BILL);
    }

    /**
     * Deposit of 30 % on revision 0 (A = 1 000.00 at 20 %: 300.00 + 60.00), then A doubled to
     * 2 000.00 before the final: the final of revision 1 carries 2 000.00 and deducts the deposit:
     * 1 700.00 + VAT 340.00 (400.00 - 60.00). The deposit is not billed again.
     */
    @Test
    void aRevisionBeforeTheFinalIsSettledByTheFinal() {
        Quote rev0 = Deals.accepted(Deals.draft("co", "EUR", List.of(Deals.line("A", "1", "1000.00", S20, LineNature.SERVICES))));
        BillingPlan plan = BillingPlan.deposits(Share.percentExclVat("30"));
        Invoice deposit = Billing.issue(engine.convert(rev0, plan, issued(List.of())).invoices().get(0), 1);
        Quote rev1 = revise(rev0, b -> b.lines(List.of(rev0.lines().get(0).withQuantity(Quantity.units(2))))).draft();

        ConversionResult r = engine.convert(rev1, plan, issued(List.of(deposit)));
        assertThat(r.step("deposit-1").orElseThrow().status()).isEqualTo(StepOutcome.Status.ALREADY_ISSUED);
        assertThat(r.invoices()).singleElement().satisfies(fin -> {
            assertThat(fin.kind()).isEqualTo(InvoiceKind.FINAL);
            assertThat(fin.totals().vatBreakdown()).containsExactly(new VatBreakdown(S20, eur("1700.00"), eur("340.00")));
        });
    }

    /** Random revisions of randomly billed quotes: nets match the revision exactly, VAT within a minor unit per rate (per line in per-line VAT mode). */
    @Test
    void randomRevisionsNeverBillTwice() {
        org.quicktheories.QuickTheory.qt().withShrinkCycles(5).withExamples(1_000).forAll(org.quicktheories.generators.SourceDSL.longs().all())
                .checkAssert(seed -> {
                    Quote rev0 = RandomDeals.quote(seed);
                    if (!rev0.totals().taxExclusive().isPositive()) {
                        return;
                    }
                    java.util.Random random = new java.util.Random(seed ^ 0x5DEECE66DL);
                    List<Invoice> billed = Billing.playToEnd(engine, rev0, BillingPlan.single(), List.of(), Set.of());
                    Quote rev1 = revise(rev0, b -> b.lines(changed(rev0, random))).draft();
                    List<Invoice> all = Billing.playToEnd(engine, rev1, BillingPlan.single(), billed, Set.of());
                    assertThat(all.size() - billed.size()).isLessThanOrEqualTo(1);
                    var sums = Billing.perRate(all, io.github.quote2invoice.money.Money.zero(rev0.currency()));
                    var oracle = RandomDeals.oracle(rev1);
                    java.math.BigDecimal unit = java.math.BigDecimal.ONE.movePointLeft(rev0.currency().getDefaultFractionDigits());
                    for (VatRate rate : union(sums.keySet(), oracle.keySet())) {
                        java.math.BigDecimal net = sums.containsKey(rate) ? sums.get(rate)[0].amount() : java.math.BigDecimal.ZERO;
                        java.math.BigDecimal vat = sums.containsKey(rate) ? sums.get(rate)[1].amount() : java.math.BigDecimal.ZERO;
                        java.math.BigDecimal[] want = oracle.getOrDefault(rate, new java.math.BigDecimal[] {java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO});
                        assertThat(net).as("net at %s", rate).isEqualByComparingTo(want[0]);
                        // VAT is computed on the difference: one minor unit of drift per rate, or per
                        // amended line and allowance/charge of the rate when VAT is rounded per line.
                        long amended = all.size() == billed.size() ? 0 : all.get(all.size() - 1).lines().stream()
                                .filter(l -> l.vatRate().equals(rate)).count()
                                + all.get(all.size() - 1).allowancesCharges().stream().filter(ac -> ac.vatRate().equals(rate)).count();
                        long units = rev1.rounding().vatMode() == io.github.quote2invoice.money.RoundingPolicy.VatMode.PER_LINE ? Math.max(1, amended) : 1;
                        assertThat(vat.subtract(want[1]).abs()).as("VAT at %s", rate).isLessThanOrEqualTo(unit.multiply(java.math.BigDecimal.valueOf(units)));
                    }
                });
    }

    private static List<QuoteLine> changed(Quote q, java.util.Random random) {
        List<QuoteLine> lines = new ArrayList<>();
        for (QuoteLine l : q.lines()) {
            switch (random.nextInt(4)) {
                case 0 -> { }
                case 1 -> lines.add(l.withQuantity(new Quantity(l.quantity().value().add(BigDecimal.ONE), l.quantity().unit())));
                default -> lines.add(l);
            }
        }
        if (lines.isEmpty() || random.nextBoolean()) {
            lines.add(RandomDeals.line(random, "new", RandomDeals.RATES.get(random.nextInt(4)), q.currency(), q.rounding()));
        }
        return lines;
    }

    private static Set<VatRate> union(Set<VatRate> a, Set<VatRate> b) {
        Set<VatRate> u = new java.util.LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }

    /** Only an accepted revision converts. */
    @Test
    void aDraftRevisionDoesNotConvert() {
        Revision r = original().revise("co-r1", Instant.parse("2026-11-20T10:00:00Z"), Billing.DAY);
        assertThat(r.draft().status()).isEqualTo(QuoteStatus.DRAFT);
        assertThatThrownBy(() -> engine.convert(r.draft(), BillingPlan.single(), issued(List.of())))
                .isInstanceOfSatisfying(ConversionException.class, e -> assertThat(e.code()).isEqualTo(ConversionException.NOT_ACCEPTED));
    }
}
