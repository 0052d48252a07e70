package io.github.quote2invoice.indexation;

import io.github.quote2invoice.document.Discount;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.document.TotalsCalculator;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.legal.LegalOptions;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;
import io.github.quote2invoice.testing.DraftInvoices;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Issued invoice at a provisional index + its adjustments = what the final index gives, to the cent:
 * per line net, and in total excl. VAT; per VAT rate the VAT differs by at most one cent (each document
 * rounds its own VAT, EN 16931 BR-CO-17). The oracle prices each line independently: gross = q x P
 * rounded HALF_UP to the cent, minus round(gross x discount %), with P from the clause oracle of
 * {@link IndexationClausePropertyTest}.
 */
class IndexAdjustmentsPropertyTest {
    private static final List<String> RATES = List.of("20", "10", "5.5", "2.1");
    private static final LocalDate INVOICED = LocalDate.of(2026, 6, 15);
    private static final YearMonth REVISION = YearMonth.of(2026, 3);

    /** One line: P0 in cents, quantity in hundredths, rate index, discount percent (0 = none). */
    record LineSpec(int p0Cents, int qtyHundredths, int rate, int discountPercent) {
    }

    static Gen<LineSpec> lineSpecs() {
        return integers().between(0, 5_000_000).zip(integers().between(1, 100_000), integers().between(0, RATES.size() - 1),
                integers().between(-30, 30), (p, q, r, d) -> new LineSpec(p, q, r, Math.max(0, d)));
    }

    @Test
    void originalPlusAdjustmentsEqualTheFinalRevision() {
        qt().withExamples(2_000)
                .forAll(IndexationClausePropertyTest.specs(), lists().of(lineSpecs()).ofSizeBetween(1, 6),
                        integers().between(500, 9_999), integers().between(50, 200).zip(integers().between(50, 200), (a, b) -> new int[] {a, b}))
                .assuming((spec, lines, u0, pcts) -> pcts[0] != pcts[1])
                .checkAssert((spec, lines, u0, pcts) -> {
                    IndexationClause clause = spec.clause();
                    IndexValue base = new IndexValue("BT01", IndexationClausePropertyTest.BASE, BigDecimal.valueOf(u0, 1), false);
                    int uProv = u0 * pcts[0] / 100;
                    int uFinal = u0 * pcts[1] / 100;
                    IndexSource provisional = InMemoryIndexSource.of(base, new IndexValue("BT01", REVISION, BigDecimal.valueOf(uProv, 1), true));
                    IndexSource fin = InMemoryIndexSource.of(base, new IndexValue("BT01", REVISION, BigDecimal.valueOf(uFinal, 1), false));
                    RevisionMonthRule rule = RevisionMonthRule.monthsBefore(3);
                    IndexationClause c = new IndexationClause(clause.series(), clause.baseMonth(), clause.baseValue(), clause.fixedPart(),
                            clause.variablePart(), rule, clause.coefficientScale(), clause.coefficientRounding(), clause.floor(), clause.cap(),
                            clause.neutralisation(), clause.priceScale(), clause.priceRounding(), clause.coveredLines());

                    List<InvoiceLine> invoiceLines = new ArrayList<>();
                    for (int i = 0; i < lines.size(); i++) {
                        LineSpec l = lines.get(i);
                        BigDecimal p0 = BigDecimal.valueOf(l.p0Cents(), 2);
                        RevisedPrice r = c.revise(p0, INVOICED, provisional);
                        InvoiceLine draft = InvoiceLine.builder(String.valueOf(i + 1), "Ligne " + (i + 1))
                                .quantity(new Quantity(BigDecimal.valueOf(l.qtyHundredths(), 2), Quantity.units(1).unit()))
                                .unitPrice(r.unitPrice()).vatRate(VatRate.standard(RATES.get(l.rate()))).nature(LineNature.SERVICES)
                                .discount(l.discountPercent() == 0 ? Optional.empty() : Optional.of(Discount.percent(String.valueOf(l.discountPercent()))))
                                .netAmount(Money.zero(DraftInvoices.EUR)).sourceLineId(Optional.of(String.valueOf(i + 1)))
                                .indexation(Optional.of(r.detail())).build();
                        invoiceLines.add(draft.toBuilder().netAmount(TotalsCalculator.standard().lineAmounts(draft, DraftInvoices.EUR).net()).build());
                    }
                    Invoice issued = DraftInvoices.frenchB2b().lines(invoiceLines).build().issue("FA-2026-000001", INVOICED);
                    List<Invoice> adjustments = IndexAdjustments.forFinalValues(issued, c, fin, "adj", LegalOptions.NONE);

                    // per line: invoiced net + signed adjustment = oracle final net
                    BigDecimal finalCoefficient = spec.coefficient(u0, uFinal);
                    Map<String, BigDecimal> signed = new HashMap<>();
                    for (Invoice adj : adjustments) {
                        assertThat(adj.precedingInvoices()).singleElement().satisfies(p -> assertThat(p.number()).isEqualTo("FA-2026-000001"));
                        for (InvoiceLine al : adj.lines()) {
                            BigDecimal v = al.netAmount().amount();
                            signed.merge(al.id(), adj.kind().isCreditNote() ? v.negate() : v, BigDecimal::add);
                        }
                    }
                    BigDecimal expectedTotal = BigDecimal.ZERO;
                    Map<String, BigDecimal> expectedByRate = new HashMap<>();
                    for (int i = 0; i < lines.size(); i++) {
                        LineSpec l = lines.get(i);
                        BigDecimal p = spec.price(BigDecimal.valueOf(l.p0Cents(), 2), finalCoefficient);
                        BigDecimal gross = BigDecimal.valueOf(l.qtyHundredths(), 2).multiply(p).setScale(2, RoundingMode.HALF_UP);
                        BigDecimal net = gross.subtract(gross.multiply(BigDecimal.valueOf(l.discountPercent())).movePointLeft(2)
                                .setScale(2, RoundingMode.HALF_UP));
                        BigDecimal got = issued.lines().get(i).netAmount().amount().add(signed.getOrDefault(String.valueOf(i + 1), BigDecimal.ZERO));
                        assertThat(got).as("line %d", i + 1).isEqualByComparingTo(net);
                        expectedTotal = expectedTotal.add(net);
                        expectedByRate.merge(RATES.get(l.rate()), net, BigDecimal::add);
                    }
                    BigDecimal total = issued.totals().taxExclusive().amount();
                    Map<String, BigDecimal> vat = new HashMap<>();
                    for (VatBreakdown b : issued.totals().vatBreakdown()) {
                        vat.merge(b.rate().percent().toPlainString(), b.taxAmount().amount(), BigDecimal::add);
                    }
                    for (Invoice adj : adjustments) {
                        BigDecimal sign = adj.kind().isCreditNote() ? BigDecimal.ONE.negate() : BigDecimal.ONE;
                        total = total.add(adj.totals().taxExclusive().amount().multiply(sign));
                        for (VatBreakdown b : adj.totals().vatBreakdown()) {
                            vat.merge(b.rate().percent().toPlainString(), b.taxAmount().amount().multiply(sign), BigDecimal::add);
                        }
                    }
                    assertThat(total).isEqualByComparingTo(expectedTotal);
                    expectedByRate.forEach((rate, net) -> {
                        BigDecimal expectedVat = net.multiply(new BigDecimal(rate)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
                        assertThat(vat.getOrDefault(rate, BigDecimal.ZERO).subtract(expectedVat).abs()).as("VAT at %s %%", rate)
                                .isLessThanOrEqualTo(new BigDecimal("0.01"));
                    });
                });
    }
}
