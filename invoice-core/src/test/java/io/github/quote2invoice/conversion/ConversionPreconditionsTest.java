package io.github.quote2invoice.conversion;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.check.Severity;
import io.github.quote2invoice.document.EarlyPaymentDiscount;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.error.Quote2InvoiceException;
import io.github.quote2invoice.indexation.IndexSource;
import io.github.quote2invoice.indexation.PriceIndexation;
import io.github.quote2invoice.indexation.RevisedPrice;
import io.github.quote2invoice.invoice.IndexationDetail;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.LegalMention;
import io.github.quote2invoice.legal.LegalOptions;
import io.github.quote2invoice.legal.LegalRuleSet;
import io.github.quote2invoice.party.Address;
import io.github.quote2invoice.quote.Acceptance;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.quote.QuoteStatus;
import io.github.quote2invoice.tax.VatRate;
import io.github.quote2invoice.testing.Samples;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static io.github.quote2invoice.conversion.Deals.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Triggers, approval policies, plan-level anomalies, ports, and bad input (typed exceptions, never an NPE). */
class ConversionPreconditionsTest {
    private final ConversionEngine engine = ConversionEngine.standard();
    private final ConversionContext context = ConversionContext.on(Billing.DAY).build();

    private void refused(Quote quote, String code) {
        assertThatThrownBy(() -> engine.convert(quote, BillingPlan.single(), context))
                .isInstanceOfSatisfying(ConversionException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.path()).isEqualTo("status");
                });
    }

    @Test
    void onlyAnAcceptedQuoteConverts() {
        Quote sent = Samples.sentQuote();
        refused(sent.toBuilder().status(QuoteStatus.DRAFT).build(), ConversionException.NOT_ACCEPTED);
        refused(sent, ConversionException.NOT_ACCEPTED);
        refused(sent.decline(Instant.parse("2026-11-05T10:00:00Z"), "Trop cher").quote(), ConversionException.DECLINED);
        refused(sent.expire(LocalDate.of(2027, 1, 15)).quote(), ConversionException.EXPIRED);
        refused(Samples.acceptedQuote().revise("q-2", Instant.parse("2026-11-20T10:00:00Z"), Billing.DAY).superseded(), ConversionException.SUPERSEDED);
    }

    @Test
    void theApprovalPolicyDecidesWhichEvidenceIsEnough() {
        Quote signed = Samples.acceptedQuote();
        ConversionEngine strict = ConversionEngine.withApprovalPolicy(ApprovalPolicy.E_SIGNATURE_AND_INTERNAL_APPROVAL);
        assertThatThrownBy(() -> strict.convert(signed, BillingPlan.single(), context))
                .isInstanceOfSatisfying(ConversionException.class, e -> {
                    assertThat(e.code()).isEqualTo(ConversionException.APPROVAL_MISSING);
                    assertThat(e.getMessage()).contains("INTERNAL_APPROVAL");
                });
        Quote approved = signed.accept(Acceptance.internalApproval("Claire Durand, directrice", Instant.parse("2026-11-11T08:00:00Z"))).quote();
        assertThat(strict.convert(approved, BillingPlan.single(), context).invoices()).hasSize(1);

        Quote clicked = RandomDeals.accept(Samples.sentQuote().toBuilder().status(QuoteStatus.DRAFT).build());
        assertThatThrownBy(() -> ConversionEngine.withApprovalPolicy(ApprovalPolicy.E_SIGNATURE).convert(clicked, BillingPlan.single(), context))
                .isInstanceOf(ConversionException.class);
        assertThat(ConversionEngine.withApprovalPolicy(ApprovalPolicy.requiring()).convert(clicked, BillingPlan.single(), context).invoices()).hasSize(1);
    }

    @Test
    void aQuoteEditedAfterAcceptanceIsAnError() {
        Quote accepted = Samples.acceptedQuote();
        Quote edited = accepted.toBuilder().lines(List.of(accepted.lines().get(0).withUnitPrice(new BigDecimal("700.00")))).build();
        ConversionResult r = engine.convert(edited, BillingPlan.single(), context);
        assertThat(r.anomalies("QUOTE_CHANGED_AFTER_ACCEPTANCE")).singleElement()
                .satisfies(a -> assertThat(a.severity()).isEqualTo(Severity.ERROR));
        assertThat(engine.convert(accepted, BillingPlan.single(), context).anomalies("QUOTE_CHANGED_AFTER_ACCEPTANCE")).isEmpty();
    }

    @Test
    void aBillingAddressChangedSinceTheQuoteIsAWarning() {
        Quote quote = Samples.acceptedQuote();
        var moved = quote.buyer().toBuilder().address(Address.of("8 rue Neuve", "75012", "Paris", "FR")).build();
        ConversionResult r = engine.convert(quote, BillingPlan.single(), ConversionContext.on(Billing.DAY).currentBuyer(moved).build());
        assertThat(r.anomalies("BILLING_ADDRESS_CHANGED")).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.WARNING);
            assertThat(a.path()).isEqualTo("buyer.address");
        });
        assertThat(engine.convert(quote, BillingPlan.single(), ConversionContext.on(Billing.DAY).currentBuyer(quote.buyer()).build())
                .anomalies("BILLING_ADDRESS_CHANGED")).isEmpty();
    }

    @Test
    void aStepInvoicedTwiceIsADuplicateConversion() {
        Quote quote = Samples.acceptedQuote();
        Invoice draft = engine.convert(quote, BillingPlan.single(), context).invoices().get(0);
        List<Invoice> twice = List.of(Billing.issue(draft, 1), Billing.issue(draft.toBuilder().id("other").build(), 2));
        ConversionResult r = engine.convert(quote, BillingPlan.single(), ConversionContext.on(Billing.DAY).issuedInvoices(twice).build());
        assertThat(r.invoices()).isEmpty();
        assertThat(r.anomalies("DUPLICATE_CONVERSION")).singleElement().satisfies(a -> assertThat(a.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void theContextsLegalRulesAndChecksRunOnEveryDraft() {
        LegalRuleSet rules = new LegalRuleSet() {
            @Override
            public String jurisdiction() {
                return "TEST";
            }

            @Override
            public List<LegalMention> mentions(Invoice draft, LegalOptions options) {
                return List.of(new LegalMention("TEST_MENTION", Optional.empty(), "Mention " + draft.kind(), "Mention " + draft.kind()));
            }

            @Override
            public List<Anomaly> check(Invoice draft, LegalOptions options) {
                return List.of(Anomaly.error("TEST_MISSING", "seller.siren", "missing"));
            }
        };
        ConversionResult r = engine.convert(Samples.acceptedQuote(), BillingPlan.single(), ConversionContext.on(Billing.DAY).legalRules(rules)
                .checks(List.of(d -> List.of(Anomaly.info("TEST_INFO", "", "seen " + d.lines().size() + " lines")))).build());
        assertThat(r.invoices().get(0).legalMentions()).extracting(LegalMention::code).containsExactly("TEST_MENTION");
        assertThat(r.anomalies()).extracting(Anomaly::code, Anomaly::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TEST_MISSING", "invoices[0].seller.siren"),
                        org.assertj.core.groups.Tuple.tuple("TEST_INFO", "invoices[0]"));

        ConversionResult none = engine.convert(Samples.acceptedQuote(), BillingPlan.single(), ConversionContext.on(Billing.DAY).withoutLegalRules().build());
        assertThat(none.invoices().get(0).legalMentions()).isEmpty();

        assertThatThrownBy(() -> engine.convert(Samples.acceptedQuote(), BillingPlan.single(), ConversionContext.on(Billing.DAY)
                .checks(List.of(d -> {
                    throw new IllegalStateException("boom");
                })).build()))
                .isInstanceOfSatisfying(ConversionException.class, e -> assertThat(e.code()).isEqualTo(ConversionException.PORT_FAILED));
    }

    /**
     * A test clause revising line 1 by 1.05 (P0 650.00 -> 682.50): 3 x 682.50 = 2 047.50 instead of
     * 1 950.00, so the 20 % taxable amount is 14 055.00 and its VAT 2 811.00.
     */
    @Test
    void priceIndexationRevisesTheLinesItCovers() {
        PriceIndexation clause = new PriceIndexation() {
            @Override
            public boolean covers(String quoteLineId) {
                return quoteLineId.equals("1");
            }

            @Override
            public RevisedPrice revise(BigDecimal baseUnitPrice, LocalDate invoicingDate, IndexSource source) {
                BigDecimal index = source.find("BT01", YearMonth.from(invoicingDate)).orElseThrow().value();
                BigDecimal coefficient = index.divide(new BigDecimal("100"), 4, RoundingMode.HALF_UP);
                return new RevisedPrice(baseUnitPrice.multiply(coefficient).setScale(4, RoundingMode.HALF_UP),
                        new IndexationDetail("BT01", YearMonth.of(2026, 1), new BigDecimal("100"), YearMonth.from(invoicingDate), index, false,
                                coefficient, baseUnitPrice));
            }
        };
        IndexSource source = (series, month) -> Optional.of(new io.github.quote2invoice.indexation.IndexValue(series, month, new BigDecimal("105"), false));
        Invoice inv = engine.convert(Samples.acceptedQuote(), BillingPlan.single(), ConversionContext.on(Billing.DAY).indexation(clause, source).build())
                .invoices().get(0);
        assertThat(inv.lines().get(0).unitPrice()).isEqualByComparingTo("682.50");
        assertThat(inv.lines().get(0).netAmount()).isEqualTo(eur("2047.50"));
        assertThat(inv.lines().get(0).indexation()).hasValueSatisfying(d -> assertThat(d.coefficient()).isEqualByComparingTo("1.05"));
        assertThat(inv.lines().get(1).indexation()).isEmpty();
        assertThat(inv.totals().breakdownOf(VatRate.standard("20")).orElseThrow().taxAmount()).isEqualTo(eur("2811.00"));

        IndexSource empty = (series, month) -> Optional.empty();
        assertThatThrownBy(() -> engine.convert(Samples.acceptedQuote(), BillingPlan.single(), ConversionContext.on(Billing.DAY).indexation(clause, empty).build()))
                .isInstanceOf(ConversionException.class);
    }

    @Test
    void escompteAndTermsAreCarried() {
        Quote base = Samples.sentQuote();
        var terms = new io.github.quote2invoice.document.PaymentTerms(base.paymentTerms().dueDateRule(), List.of(),
                Optional.of(new EarlyPaymentDiscount(new BigDecimal("2"), 10)), base.paymentTerms().latePayment(), Optional.of("30 jours net"));
        Quote quote = RandomDeals.accept(base.toBuilder().status(QuoteStatus.DRAFT).paymentTerms(terms).build());
        Invoice inv = engine.convert(quote, BillingPlan.single(), context).invoices().get(0);
        assertThat(inv.paymentTerms()).isEqualTo(terms);
        assertThat(inv.legalMentions()).extracting(LegalMention::code).contains("FR_EARLY_PAYMENT_DISCOUNT");
        assertThat(inv.issue("FA-1", Billing.DAY).dueDate()).contains(Billing.DAY.plusDays(30));
    }

    @Test
    void theInvoicingDateMayComeFromAClock() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-24T23:30:00Z"), ZoneOffset.UTC);
        assertThat(ConversionContext.at(clock).build().invoicingDate()).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void badInputGivesTypedExceptions() {
        Quote quote = Samples.acceptedQuote();
        assertThatThrownBy(() -> engine.convert(null, BillingPlan.single(), context)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> engine.convert(quote, null, context)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> engine.convert(quote, BillingPlan.single(), null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ConversionContext.on(null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> BillingPlan.deposits((Share) null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Share.percentExclVat("abc")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Share.percentExclVat("120")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Share.percentExclVat("0")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> BillingPlan.milestones(List.of(Milestone.of("a", "50"), Milestone.of("a", "50"))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("milestones[1].event"));
        assertThatThrownBy(() -> BillingPlan.progress(List.of())).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Situation.of(java.util.Collections.singletonMap("1", null))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ApprovalPolicy.requiring((io.github.quote2invoice.quote.AcceptanceMethod) null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> engine.convert(quote, BillingPlan.deposits(Share.amountExclVat(io.github.quote2invoice.money.Money.of("100", "USD"))), context))
                .isInstanceOf(io.github.quote2invoice.error.CurrencyMismatchException.class);
        assertThatThrownBy(() -> engine.convert(quote, BillingPlan.progress(List.of(Situation.of(java.util.Map.of("9", BigDecimal.TEN)))), context))
                .isInstanceOfSatisfying(ConversionException.class, e -> assertThat(e.path()).isEqualTo("plan.situations[0].cumulativePercent[9]"));
        Invoice draft = engine.convert(quote, BillingPlan.single(), context).invoices().get(0);
        assertThatThrownBy(() -> engine.convert(quote, BillingPlan.single(), ConversionContext.on(Billing.DAY).issuedInvoices(List.of(draft)).build()))
                .isInstanceOfSatisfying(ConversionException.class, e -> assertThat(e.code()).isEqualTo(ConversionException.INVALID_HISTORY));
        assertThatThrownBy(() -> engine.creditNote(null, new CreditNoteRequest.Full("x", "1"), context)).isInstanceOf(Quote2InvoiceException.class);
        Quote zero = Deals.accepted(Deals.draft("z", "EUR", List.of(Deals.line("1", "1", "0", VatRate.standard("20"), LineNature.SERVICES))));
        assertThatThrownBy(() -> engine.convert(zero, BillingPlan.deposits(Share.percentExclVat("30")), context))
                .isInstanceOfSatisfying(ConversionException.class, e -> assertThat(e.code()).isEqualTo(ConversionException.INVALID_PLAN));
    }
}
