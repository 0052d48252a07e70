package io.github.quote2invoice.conversion;

import io.github.quote2invoice.invoice.DepositDeduction;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.SettlementStyle;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Properties of the engine over thousands of random quotes and plans (see {@link RandomDeals}),
 * checked against the independent oracle {@link RandomDeals#oracle}. A failing case prints its seed.
 */
class ConversionPropertyTest {
    private static final ConversionEngine ENGINE = ConversionEngine.standard();

    private static boolean positiveTotal(Quote q) {
        return q.totals().taxExclusive().isPositive();
    }

    private static Set<String> events(BillingPlan plan) {
        if (plan instanceof BillingPlan.Instalments i) {
            Set<String> e = i.advances().stream().flatMap(a -> a.event().stream()).collect(Collectors.toSet());
            i.finalEvent().ifPresent(e::add);
            return e;
        }
        return Set.of();
    }

    private static List<Invoice> play(Quote quote, BillingPlan plan) {
        return Billing.playToEnd(ENGINE, quote, plan, List.of(), events(plan));
    }

    /** Over all invoices of any plan (deduction lines), per VAT rate, net and VAT equal the quote's to the cent. */
    @Test
    void everyPlanBillsExactlyTheQuotePerVatRate() {
        qt().withShrinkCycles(5).withExamples(1_500).forAll(longs().all())
                .checkAssert(seed -> {
                    Quote quote = RandomDeals.quote(seed);
                    if (!positiveTotal(quote)) {
                        return;
                    }
                    BillingPlan plan = RandomDeals.plan(seed, quote);
                    List<Invoice> invoices = play(quote, plan);
                    assertThat(Billing.comparable(Billing.perRate(invoices, Money.zero(quote.currency()))))
                            .as("plan %s", plan).isEqualTo(RandomDeals.oracleMoney(quote));
                    for (Invoice inv : invoices) {
                        assertThat(inv.computeTotals()).isEqualTo(inv.totals());
                    }
                    Invoice last = invoices.get(invoices.size() - 1);
                    assertThat(last.kind()).isIn(InvoiceKind.STANDARD, InvoiceKind.FINAL);
                    // Every advance that billed something is deducted and cited (BG-3) by the final invoice.
                    long advances = invoices.subList(0, invoices.size() - 1).stream()
                            .filter(i -> i.totals().vatBreakdown().stream().anyMatch(b -> !b.taxableAmount().isZero() || !b.taxAmount().isZero()))
                            .count();
                    assertThat(last.kind()).isEqualTo(advances > 0 ? InvoiceKind.FINAL : InvoiceKind.STANDARD);
                    assertThat(last.deductions()).hasSize((int) advances);
                    assertThat(last.precedingInvoices()).hasSize((int) advances);
                });
    }

    /** Prepaid style: the final carries the whole operation, and its prepaid amount is the deposits' gross. */
    @Test
    void prepaidFinalCarriesTheWholeOperation() {
        qt().withShrinkCycles(5).withExamples(1_000).forAll(longs().all())
                .checkAssert(seed -> {
                    Quote quote = RandomDeals.quote(seed);
                    if (!positiveTotal(quote)) {
                        return;
                    }
                    BillingPlan plan = RandomDeals.plan(seed, quote).withSettlement(SettlementStyle.PREPAID_AMOUNT);
                    List<Invoice> invoices = play(quote, plan);
                    Invoice last = invoices.get(invoices.size() - 1);
                    Map<VatRate, List<Money>> whole = Billing.comparable(Billing.perRate(List.of(last), Money.zero(quote.currency())));
                    assertThat(whole).isEqualTo(RandomDeals.oracleMoney(quote));
                    Money advances = Money.zero(quote.currency());
                    for (Invoice inv : invoices.subList(0, invoices.size() - 1)) {
                        advances = advances.plus(inv.totals().taxInclusive());
                    }
                    assertThat(last.totals().prepaid()).isEqualTo(advances);
                    assertThat(last.totals().amountDue()).isEqualTo(quote.totals().taxInclusive().minus(advances));
                });
    }

    /**
     * A deposit excl. VAT bills round(total x percent) split over the rates in proportion, each part
     * within one minor unit of its exact share; incl. VAT it meets the requested gross within one
     * minor unit per rate.
     */
    @Test
    void depositsSplitInProportionCentExact() {
        qt().withShrinkCycles(5).withExamples(1_500).forAll(longs().all(), longs().between(1, 9_999))
                .checkAssert((seed, basisPoints) -> {
                    Quote quote = RandomDeals.quote(seed);
                    if (!positiveTotal(quote)) {
                        return;
                    }
                    BigDecimal percent = BigDecimal.valueOf(basisPoints, 2);
                    boolean incl = seed % 2 == 0;
                    Share share = new Share.Percent(percent, incl ? Share.Basis.INCLUDING_VAT : Share.Basis.EXCLUDING_VAT);
                    Invoice deposit = ENGINE.convert(quote, BillingPlan.deposits(share), ConversionContext.on(Billing.DAY).withoutLegalRules().checks(java.util.List.of()).build())
                            .invoices().get(0);
                    Map<VatRate, BigDecimal[]> oracle = RandomDeals.oracle(quote);
                    int digits = quote.currency().getDefaultFractionDigits();
                    BigDecimal base = BigDecimal.ZERO;
                    for (BigDecimal[] g : oracle.values()) {
                        base = base.add(incl ? g[0].add(g[1]) : g[0]);
                    }
                    BigDecimal target = base.multiply(percent).divide(BigDecimal.valueOf(100)).setScale(digits, quote.rounding().lineRounding());
                    BigDecimal unit = BigDecimal.ONE.movePointLeft(digits);
                    if (incl) {
                        BigDecimal gross = deposit.totals().taxInclusive().amount();
                        assertThat(gross.subtract(target).abs()).isLessThanOrEqualTo(unit.multiply(BigDecimal.valueOf(oracle.size())));
                    } else {
                        assertThat(deposit.totals().taxExclusive().amount()).isEqualByComparingTo(target);
                        for (VatBreakdown b : deposit.totals().vatBreakdown()) {
                            BigDecimal exact = target.multiply(oracle.get(b.rate())[0]).divide(base, MathContext.DECIMAL128);
                            assertThat(b.taxableAmount().amount().subtract(exact).abs()).isLessThan(unit);
                        }
                    }
                });
    }

    /** A full credit note reverses its invoice exactly, rate by rate, whatever the invoice's kind. */
    @Test
    void aFullCreditNoteCancelsItsInvoiceExactly() {
        qt().withShrinkCycles(5).withExamples(1_000).forAll(longs().all())
                .checkAssert(seed -> {
                    Quote quote = RandomDeals.quote(seed);
                    if (!positiveTotal(quote)) {
                        return;
                    }
                    List<Invoice> invoices = play(quote, RandomDeals.plan(seed, quote));
                    Invoice target = invoices.get((int) Math.floorMod(seed, invoices.size()));
                    ConversionResult r = ENGINE.creditNote(target, new CreditNoteRequest.Full("Annulation", "1"),
                            ConversionContext.on(Billing.DAY).issuedInvoices(invoices).withoutLegalRules().checks(java.util.List.of()).build());
                    Invoice credit = r.invoices().get(0);
                    assertThat(credit.kind()).isEqualTo(target.kind() == InvoiceKind.DEPOSIT ? InvoiceKind.DEPOSIT_CREDIT_NOTE : InvoiceKind.CREDIT_NOTE);
                    assertThat(credit.totals()).isEqualTo(target.totals());
                    assertThat(credit.precedingInvoices().get(0).number()).isEqualTo(target.number().orElseThrow());
                    List<Invoice> both = List.of(target, Billing.issue(credit, 999));
                    assertThat(Billing.perRate(both, Money.zero(quote.currency()))).isEmpty();
                });
    }

    /** Partial credit notes by amount never take back more than the invoice, and add up exactly. */
    @Test
    void creditNotesByAmountNeverExceedTheInvoice() {
        qt().withShrinkCycles(5).withExamples(1_000).forAll(longs().all())
                .checkAssert(seed -> {
                    Quote quote = RandomDeals.quote(seed);
                    if (!positiveTotal(quote)) {
                        return;
                    }
                    Invoice invoice = play(quote, BillingPlan.single()).get(0);
                    Money net = invoice.totals().taxExclusive();
                    List<Money> parts = net.allocate(List.of(BigDecimal.ONE, BigDecimal.valueOf(Math.floorMod(seed, 5) + 1)));
                    List<Invoice> issued = new ArrayList<>(List.of(invoice));
                    for (int i = 0; i < parts.size(); i++) {
                        if (parts.get(i).isZero()) {
                            continue;
                        }
                        ConversionResult r = ENGINE.creditNote(invoice, new CreditNoteRequest.Amount("Geste commercial", "c" + i, parts.get(i)),
                                ConversionContext.on(Billing.DAY).issuedInvoices(issued).withoutLegalRules().checks(java.util.List.of()).build());
                        Invoice credit = r.invoices().get(0);
                        assertThat(credit.totals().taxExclusive()).isEqualTo(parts.get(i));
                        issued.add(Billing.issue(credit, 100 + i));
                    }
                    Map<VatRate, Money[]> left = Billing.perRate(issued, Money.zero(quote.currency()));
                    left.values().forEach(m -> assertThat(m[0].isZero()).isTrue());
                });
    }

    /** Same inputs, same drafts; a step issued or drafted is never made again. */
    @Test
    void conversionIsDeterministicAndIdempotent() {
        qt().withShrinkCycles(5).withExamples(1_000).forAll(longs().all())
                .checkAssert(seed -> {
                    Quote quote = RandomDeals.quote(seed);
                    if (!positiveTotal(quote)) {
                        return;
                    }
                    BillingPlan plan = RandomDeals.plan(seed, quote);
                    ConversionContext context = ConversionContext.on(Billing.DAY).reachedEvents(events(plan)).withoutLegalRules().checks(java.util.List.of()).build();
                    ConversionResult first = ENGINE.convert(quote, plan, context);
                    ConversionResult again = ENGINE.convert(RandomDeals.quote(seed), RandomDeals.plan(seed, quote), context);
                    assertThat(again).isEqualTo(first);
                    List<Invoice> issued = IntStream.range(0, first.invoices().size())
                            .mapToObj(i -> Billing.issue(first.invoices().get(i), i + 1)).toList();
                    ConversionResult after = ENGINE.convert(quote, plan, context.toBuilder().issuedInvoices(issued).build());
                    for (Invoice d : after.invoices()) {
                        assertThat(first.invoices()).noneMatch(f -> f.id().equals(d.id()));
                    }
                    Set<String> keys = first.invoices().stream().map(i -> i.sourceQuote().orElseThrow().conversionKey()).collect(Collectors.toSet());
                    ConversionResult drafted = ENGINE.convert(quote, plan, context.toBuilder().draftedKeys(keys).build());
                    assertThat(drafted.invoices()).isEmpty();
                });
    }

    /** Deductions of a final invoice equal the deposits it cites, rate by rate. */
    @Test
    void finalDeductsExactlyWhatTheAdvancesBilled() {
        qt().withShrinkCycles(5).withExamples(500).forAll(longs().all())
                .checkAssert(seed -> {
                    Quote quote = RandomDeals.quote(seed);
                    if (!positiveTotal(quote)) {
                        return;
                    }
                    BillingPlan plan = RandomDeals.plan(seed, quote);
                    if (!(plan instanceof BillingPlan.Instalments)) {
                        plan = BillingPlan.deposits(Share.percentExclVat("20"), Share.percentInclVat("15"));
                    }
                    List<Invoice> invoices = play(quote, plan);
                    Invoice last = invoices.get(invoices.size() - 1);
                    for (DepositDeduction d : last.deductions()) {
                        Invoice advance = invoices.stream().filter(i -> i.number().orElseThrow().equals(d.deposit().number())).findFirst().orElseThrow();
                        assertThat(d.amounts()).isEqualTo(advance.totals().vatBreakdown().stream()
                                .filter(b -> !b.taxableAmount().isZero() || !b.taxAmount().isZero()).toList());
                    }
                });
    }
}
