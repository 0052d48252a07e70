package io.github.quote2invoice.conversion;

import io.github.quote2invoice.invoice.BillingFramework;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.SettlementStyle;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.PaymentMeans;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;
import io.github.quote2invoice.testing.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample quote of {@link Samples#acceptedQuote()} worked by hand:
 * <pre>
 * line 1  3 DAY x 650.00                           = 1950.00   S 20 %
 * line 2  1 x 12450.00 = 12450.00, -5 % = -622.50  = 11827.50  S 20 %
 * line 3  42.5 HUR x 48.50                         = 2061.25   S 10 %
 * line 4  12.75 MTK x 86.1234 = 1098.07335 -> 1098.07, -50.00 = 1048.07  S 10 %
 * charge  delivery                                 = 180.00    S 20 %
 * S 20 %: taxable 1950.00 + 11827.50 + 180.00 = 13957.50, VAT 20 % = 2791.50
 * S 10 %: taxable 2061.25 + 1048.07 = 3109.32, VAT 10 % = 310.932 -> 310.93
 * total excl. VAT 17066.82, VAT 3102.43, incl. VAT 20169.25
 * </pre>
 */
class ConversionEngineTest {
    private final ConversionEngine engine = ConversionEngine.standard();
    private final Quote quote = Samples.acceptedQuote();
    private static final VatRate S20 = VatRate.standard("20");
    private static final VatRate S10 = VatRate.standard("10");

    @Test
    void singleInvoiceCarriesTheWholeQuote() {
        ConversionResult r = engine.convert(quote, BillingPlan.single(), ConversionContext.on(Billing.DAY).build());

        assertThat(r.invoices()).hasSize(1);
        Invoice inv = r.invoices().get(0);
        assertThat(inv.kind()).isEqualTo(InvoiceKind.STANDARD);
        assertThat(inv.totals().taxExclusive()).isEqualTo(eur("17066.82"));
        assertThat(inv.totals().vatTotal()).isEqualTo(eur("3102.43"));
        assertThat(inv.totals().taxInclusive()).isEqualTo(eur("20169.25"));
        assertThat(inv.totals()).isEqualTo(quote.totals());
        assertThat(inv.lines()).hasSize(4);
        assertThat(inv.lines().get(1).discount()).isEqualTo(quote.lines().get(1).discount());
        assertThat(inv.lines().get(3).netAmount()).isEqualTo(eur("1048.07"));
        assertThat(inv.allowancesCharges()).isEqualTo(quote.allowancesCharges());
        assertThat(inv.billingFramework()).contains(BillingFramework.M1);
        assertThat(inv.references()).isEqualTo(quote.references());
        assertThat(inv.notes()).isEqualTo(quote.notes());
        assertThat(inv.paymentTerms()).isEqualTo(quote.paymentTerms());
        assertThat(inv.sourceQuote().orElseThrow().conversionKey()).isEqualTo("q-2026-0042/0/invoice");
        assertThat(inv.paymentInstructions().means()).singleElement().isInstanceOf(PaymentMeans.CreditTransfer.class);
        assertThat(r.step("invoice").orElseThrow().status()).isEqualTo(StepOutcome.Status.DRAFTED);
    }

    /**
     * 30 % excl. VAT deposit: 17066.82 x 30 % = 5120.046 -> 5120.05, split 13957.50 : 3109.32 with
     * largest remainders: 512005 x 1395750 / 1706682 = 418725 rem 558300; 512005 x 310932 / 1706682
     * = 93279 rem 1148382; the cent left goes to the larger remainder (S 10 %): 4187.25 and 932.80.
     * VAT: 4187.25 x 20 % = 837.45; 932.80 x 10 % = 93.28; deposit incl. VAT 6050.78.
     * Final (deduction lines): S 20 % 13957.50 - 4187.25 = 9770.25, VAT 2791.50 - 837.45 = 1954.05;
     * S 10 % 3109.32 - 932.80 = 2176.52, VAT 310.93 - 93.28 = 217.65; due 14118.47 = 20169.25 - 6050.78.
     */
    @Test
    void depositThenFinalWithDeductionLines() {
        BillingPlan plan = BillingPlan.deposits(Share.percentExclVat("30"));
        ConversionResult first = engine.convert(quote, plan, ConversionContext.on(Billing.DAY).build());

        assertThat(first.invoices()).hasSize(1);
        Invoice deposit = first.invoices().get(0);
        assertThat(deposit.kind()).isEqualTo(InvoiceKind.DEPOSIT);
        assertThat(deposit.kind().typeCode()).isEqualTo("386");
        assertThat(deposit.totals().vatBreakdown()).containsExactly(
                new VatBreakdown(S20, eur("4187.25"), eur("837.45")), new VatBreakdown(S10, eur("932.80"), eur("93.28")));
        assertThat(deposit.totals().taxInclusive()).isEqualTo(eur("6050.78"));
        assertThat(first.step("final").orElseThrow().status()).isEqualTo(StepOutcome.Status.WAITING_FOR_PREVIOUS);

        Invoice issuedDeposit = Billing.issue(deposit, 1);
        ConversionResult second = engine.convert(quote, plan, ConversionContext.on(Billing.DAY).issuedInvoices(List.of(issuedDeposit)).build());

        assertThat(second.invoices()).hasSize(1);
        assertThat(second.step("deposit-1").orElseThrow().status()).isEqualTo(StepOutcome.Status.ALREADY_ISSUED);
        Invoice fin = second.invoices().get(0);
        assertThat(fin.kind()).isEqualTo(InvoiceKind.FINAL);
        assertThat(fin.billingFramework()).contains(BillingFramework.M4);
        assertThat(fin.lines()).hasSize(4);
        assertThat(fin.precedingInvoices()).singleElement().satisfies(p -> assertThat(p.number()).isEqualTo("FA-2026-00001"));
        assertThat(fin.deductions()).singleElement().satisfies(d -> assertThat(d.amounts()).isEqualTo(deposit.totals().vatBreakdown()));
        assertThat(fin.totals().vatBreakdown()).containsExactly(
                new VatBreakdown(S20, eur("9770.25"), eur("1954.05")), new VatBreakdown(S10, eur("2176.52"), eur("217.65")));
        assertThat(fin.totals().amountDue()).isEqualTo(eur("14118.47"));
        assertThat(fin.computeTotals()).isEqualTo(fin.totals());
    }

    /** Prepaid style: the final carries the whole 20169.25 and 6050.78 prepaid (BT-113); due 14118.47. */
    @Test
    void depositThenFinalWithPrepaidAmount() {
        BillingPlan plan = BillingPlan.deposits(Share.percentExclVat("30")).withSettlement(SettlementStyle.PREPAID_AMOUNT);
        Invoice deposit = Billing.issue(engine.convert(quote, plan, ConversionContext.on(Billing.DAY).build()).invoices().get(0), 1);
        Invoice fin = engine.convert(quote, plan, ConversionContext.on(Billing.DAY).issuedInvoices(List.of(deposit)).build()).invoices().get(0);

        assertThat(fin.settlement()).isEqualTo(SettlementStyle.PREPAID_AMOUNT);
        assertThat(fin.totals().taxInclusive()).isEqualTo(eur("20169.25"));
        assertThat(fin.totals().prepaid()).isEqualTo(eur("6050.78"));
        assertThat(fin.totals().amountDue()).isEqualTo(eur("14118.47"));
        assertThat(fin.totals().vatBreakdown()).isEqualTo(quote.totals().vatBreakdown());
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
