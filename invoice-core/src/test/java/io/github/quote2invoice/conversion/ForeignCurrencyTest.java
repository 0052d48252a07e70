package io.github.quote2invoice.conversion;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.check.AnomalyCodes;
import io.github.quote2invoice.check.Severity;
import io.github.quote2invoice.document.DueDateRule;
import io.github.quote2invoice.document.LatePaymentTerms;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.PaymentTerms;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.VatInAccountingCurrency;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.quote.Acceptance;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.quote.QuoteLine;
import io.github.quote2invoice.tax.VatRate;
import io.github.quote2invoice.testing.Samples;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A French seller quoting in USD. Its invoices state their VAT in EUR too (BT-6 = EUR, BT-111: CTC rule
 * BR-FR-CO-12; VAT Directive art. 230), converted at the rate the context gives for the day.
 * The quote: 10 days of consulting at USD 1,234.50 (20 %) = 12,345.00, VAT 2,469.00; 4 manuals at
 * USD 80.00 (5.5 %) = 320.00, VAT 17.60. VAT total 2,486.60.
 */
class ForeignCurrencyTest {
    private static final VatAccountingRate RATE = VatAccountingRate.of("EUR", "0.9234");
    private final ConversionEngine engine = ConversionEngine.standard();

    private static Quote usdQuote() {
        return Quote.builder().id("q-usd").number("D-2026-0077").issueDate(Samples.QUOTE_DATE).validUntil(Samples.QUOTE_DATE.plusDays(30))
                .currency("USD").seller(Samples.seller()).buyer(Samples.buyer())
                .paymentTerms(new PaymentTerms(DueDateRule.net(30), List.of(), Optional.empty(),
                        LatePaymentTerms.frenchB2bDefault(Samples.ECB_RATE), Optional.empty()))
                .line(QuoteLine.of("1", "Conseil", Quantity.of("10", "DAY"), "1234.50", VatRate.standard("20"), LineNature.SERVICES))
                .line(QuoteLine.of("2", "Manuel", Quantity.units(4), "80.00", VatRate.standard("5.5"), LineNature.GOODS))
                .build().send(Samples.QUOTE_DATE.atStartOfDay().toInstant(ZoneOffset.UTC)).quote()
                .accept(Acceptance.eSignature("Paul Martin, gérant", Samples.ACCEPTED_AT,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "yousign-tx-5522")).quote();
    }

    private static List<String> codes(List<Anomaly> anomalies) {
        return anomalies.stream().map(Anomaly::code).toList();
    }

    @Test
    void theInvoiceStatesItsVatInEuroAtTheDaysRate() {
        ConversionResult r = engine.convert(usdQuote(), BillingPlan.single(), ConversionContext.on(Billing.DAY).vatAccountingRate(RATE).build());
        Invoice inv = r.invoices().get(0);
        assertThat(inv.totals().vatTotal()).isEqualTo(Money.of("2486.60", "USD"));
        // 2,486.60 x 0.9234 = 2,296.12644 -> EUR 2,296.13
        assertThat(inv.vatInAccountingCurrency()).contains(new VatInAccountingCurrency(RATE.currency(), Optional.of(RATE.rate()),
                Money.of("2296.13", "EUR")));
        assertThat(codes(r.anomalies())).doesNotContain(AnomalyCodes.FR_VAT_IN_EUR_MISSING);
    }

    @Test
    void withoutARateFrenchRulesBlockTheInvoice() {
        ConversionResult r = engine.convert(usdQuote(), BillingPlan.single(), ConversionContext.on(Billing.DAY).build());
        assertThat(r.invoices().get(0).vatInAccountingCurrency()).isEmpty();
        assertThat(r.anomalies()).filteredOn(a -> a.code().equals(AnomalyCodes.FR_VAT_IN_EUR_MISSING)).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.ERROR);
            assertThat(a.path()).isEqualTo("invoices[0].vatInAccountingCurrency");
            assertThat(a.message()).contains("USD", "EUR", "BR-FR-CO-12");
        });
    }

    @Test
    void depositAndFinalEachUseTheirOwnDaysRate() {
        Quote quote = usdQuote();
        BillingPlan plan = BillingPlan.deposits(Share.percentExclVat("30"));
        Invoice deposit = engine.convert(quote, plan, ConversionContext.on(Billing.DAY).vatAccountingRate(RATE).build()).invoices().get(0);
        // deposit: 30 % of each rate's net: 3,703.50 at 20 % (VAT 740.70) and 96.00 at 5.5 % (VAT 5.28): 745.98 x 0.9234 = 688.838... -> 688.84
        assertThat(deposit.vatInAccountingCurrency().orElseThrow().vatTotal()).isEqualTo(Money.of("688.84", "EUR"));
        Invoice issued = Billing.issue(deposit, 1);
        VatAccountingRate later = VatAccountingRate.of("EUR", "0.9100");
        Invoice fin = engine.convert(quote, plan, ConversionContext.on(Billing.DAY.plusDays(40)).issuedInvoices(List.of(issued))
                .vatAccountingRate(later).build()).invoices().get(0);
        // final: 2,486.60 - 745.98 = 1,740.62 x 0.9100 = 1,583.9642 -> 1,583.96
        assertThat(fin.totals().vatTotal()).isEqualTo(Money.of("1740.62", "USD"));
        assertThat(fin.vatInAccountingCurrency().orElseThrow().vatTotal()).isEqualTo(Money.of("1583.96", "EUR"));
    }

    @Test
    void aCreditNoteTakesTheVatBackAtTheCorrectedInvoicesRate() {
        Invoice inv = Billing.issue(engine.convert(usdQuote(), BillingPlan.single(),
                ConversionContext.on(Billing.DAY).vatAccountingRate(RATE).build()).invoices().get(0), 1);
        ConversionResult r = engine.creditNote(inv, new CreditNoteRequest.Full("Commande annulée", "1"), ConversionContext.on(Billing.DAY
                .plusDays(20)).issuedInvoices(List.of(inv)).vatAccountingRate(VatAccountingRate.of("EUR", "0.95")).build());
        assertThat(r.invoices().get(0).vatInAccountingCurrency()).isEqualTo(inv.vatInAccountingCurrency());
        assertThat(codes(r.anomalies())).doesNotContain(AnomalyCodes.FR_VAT_IN_EUR_MISSING);
    }

    @Test
    void aRateIsCheckedWhenGiven() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VatAccountingRate.of("EUR", "zero"))
                .hasMessageContaining("not a decimal number");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new VatAccountingRate(RATE.currency(), new BigDecimal("-1")))
                .hasMessageContaining("must be positive");
    }
}
