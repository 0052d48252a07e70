package io.github.quote2invoice.conversion;

import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;
import io.github.quote2invoice.testing.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.github.quote2invoice.conversion.Deals.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Credit notes (avoirs) on the sample quote's invoices; figures from {@link ConversionEngineTest}'s header. */
class CreditNoteTest {
    private static final VatRate S20 = VatRate.standard("20");
    private static final VatRate S10 = VatRate.standard("10");
    private final ConversionEngine engine = ConversionEngine.standard();
    private final Quote quote = Samples.acceptedQuote();
    private final Invoice invoice = Billing.issue(engine.convert(quote, BillingPlan.single(), ConversionContext.on(Billing.DAY).build())
            .invoices().get(0), 1);

    private ConversionContext context(List<Invoice> issued) {
        return ConversionContext.on(Billing.DAY).issuedInvoices(issued).build();
    }

    @Test
    void aFullCreditNoteReversesEveryRate() {
        ConversionResult r = engine.creditNote(invoice, new CreditNoteRequest.Full("Commande annulée", "1"), context(List.of(invoice)));
        Invoice credit = r.invoices().get(0);
        assertThat(credit.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
        assertThat(credit.kind().typeCode()).isEqualTo("381");
        assertThat(credit.totals()).isEqualTo(invoice.totals());
        assertThat(credit.creditReason()).contains("Commande annulée");
        assertThat(credit.precedingInvoices()).extracting(p -> p.number()).containsExactly("FA-2026-00001");
        assertThat(credit.sourceQuote().orElseThrow().planStep()).isEqualTo("invoice/credit-1");
        assertThat(credit.isDraft()).isTrue();
        // Idempotent: the same request gives the same draft; once issued, it is not made again.
        assertThat(engine.creditNote(invoice, new CreditNoteRequest.Full("Commande annulée", "1"), context(List.of(invoice)))).isEqualTo(r);
        ConversionResult again = engine.creditNote(invoice, new CreditNoteRequest.Full("Commande annulée", "1"),
                context(List.of(invoice, Billing.issue(credit, 2))));
        assertThat(again.invoices()).isEmpty();
        assertThat(again.steps().get(0).status()).isEqualTo(StepOutcome.Status.ALREADY_ISSUED);
    }

    /** Line 3 (2 061.25 at 10 %) taken back: VAT 206.125 -> 206.13. */
    @Test
    void aCreditNoteByLines() {
        Invoice credit = engine.creditNote(invoice, new CreditNoteRequest.Lines("Travaux non réalisés", "2", Set.of("3")), context(List.of(invoice)))
                .invoices().get(0);
        assertThat(credit.totals().vatBreakdown()).containsExactly(new VatBreakdown(S10, eur("2061.25"), eur("206.13")));
        assertThatThrownBy(() -> engine.creditNote(invoice, new CreditNoteRequest.Lines("x", "3", Set.of("9")), context(List.of(invoice))))
                .isInstanceOfSatisfying(ConversionException.class, e -> {
                    assertThat(e.code()).isEqualTo(ConversionException.INVALID_CREDIT);
                    assertThat(e.path()).isEqualTo("request.lineIds");
                });
    }

    /**
     * 1 000.00 taken back, split 13 957.50 : 3 109.32: 100000 x 1395750 / 1706682 = 81781 rem 839358;
     * 100000 x 310932 / 1706682 = 18218 rem 867324; the cent left goes to 10 % (larger remainder):
     * 817.81 (VAT 163.562 -> 163.56) and 182.19 (VAT 18.219 -> 18.22).
     */
    @Test
    void aCreditNoteByAmountSplitsOverTheRates() {
        Invoice credit = engine.creditNote(invoice, new CreditNoteRequest.Amount("Geste commercial", "g", eur("1000.00")), context(List.of(invoice)))
                .invoices().get(0);
        assertThat(credit.totals().vatBreakdown()).containsExactly(new VatBreakdown(S20, eur("817.81"), eur("163.56")),
                new VatBreakdown(S10, eur("182.19"), eur("18.22")));
        List<Invoice> issued = List.of(invoice, Billing.issue(credit, 2));
        assertThatThrownBy(() -> engine.creditNote(invoice, new CreditNoteRequest.Amount("Trop", "h", eur("16066.83")), context(issued)))
                .isInstanceOfSatisfying(ConversionException.class, e -> assertThat(e.code()).isEqualTo(ConversionException.INVALID_CREDIT));
        assertThatThrownBy(() -> engine.creditNote(invoice, new CreditNoteRequest.Full("Tout", "i"), context(issued)))
                .isInstanceOfSatisfying(ConversionException.class, e -> assertThat(e.code()).isEqualTo(ConversionException.INVALID_CREDIT));
        assertThat(engine.creditNote(invoice, new CreditNoteRequest.Amount("Reste", "j", eur("16066.82")), context(issued)).invoices()).hasSize(1);
    }

    /**
     * A deposit (6 050.78) cancelled in part by a deposit credit note (503) of 1 000.00 excl. VAT
     * (817.81 + 163.56 at 20 %, 182.19 + 18.22 at 10 %): the final deducts the deposit net of it:
     * 20 % 4 187.25 - 817.81 = 3 369.44 and VAT 837.45 - 163.56 = 673.89; 10 % 932.80 - 182.19 = 750.61
     * and 93.28 - 18.22 = 75.06. Fully cancelled, the deposit is not deducted at all.
     */
    @Test
    void depositCreditNotesReduceWhatTheFinalDeducts() {
        BillingPlan plan = BillingPlan.deposits(Share.percentExclVat("30"));
        Invoice deposit = Billing.issue(engine.convert(quote, plan, context(List.of())).invoices().get(0), 1);
        Invoice credit = engine.creditNote(deposit, new CreditNoteRequest.Amount("Acompte réduit", "1", eur("1000.00")), context(List.of(deposit)))
                .invoices().get(0);
        assertThat(credit.kind()).isEqualTo(InvoiceKind.DEPOSIT_CREDIT_NOTE);
        assertThat(credit.kind().typeCode()).isEqualTo("503");
        List<Invoice> issued = List.of(deposit, Billing.issue(credit, 2));
        Invoice fin = engine.convert(quote, plan, context(issued)).invoices().get(0);
        assertThat(fin.deductions()).singleElement().satisfies(d -> assertThat(d.amounts()).containsExactly(
                new VatBreakdown(S20, eur("3369.44"), eur("673.89")), new VatBreakdown(S10, eur("750.61"), eur("75.06"))));
        assertThat(Billing.comparable(Billing.perRate(List.of(deposit, issued.get(1), Billing.issue(fin, 3)), eur("0"))))
                .isEqualTo(RandomDeals.oracleMoney(quote));

        Invoice cancel = engine.creditNote(deposit, new CreditNoteRequest.Full("Acompte annulé", "2"), context(List.of(deposit))).invoices().get(0);
        Invoice standard = engine.convert(quote, plan, context(List.of(deposit, Billing.issue(cancel, 2)))).invoices().get(0);
        assertThat(standard.kind()).isEqualTo(InvoiceKind.STANDARD);
        assertThat(standard.deductions()).isEmpty();
    }

    @Test
    void onlyIssuedInvoicesAreCredited() {
        Invoice draft = engine.convert(quote, BillingPlan.single(), context(List.of())).invoices().get(0);
        assertThatThrownBy(() -> engine.creditNote(draft, new CreditNoteRequest.Full("x", "1"), context(List.of())))
                .isInstanceOfSatisfying(ConversionException.class, e -> assertThat(e.path()).isEqualTo("invoice.status"));
        Invoice credit = Billing.issue(engine.creditNote(invoice, new CreditNoteRequest.Full("x", "1"), context(List.of(invoice))).invoices().get(0), 2);
        assertThatThrownBy(() -> engine.creditNote(credit, new CreditNoteRequest.Full("x", "1"), context(List.of())))
                .isInstanceOfSatisfying(ConversionException.class, e -> assertThat(e.path()).isEqualTo("invoice.kind"));
    }
}
