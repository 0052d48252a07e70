package io.github.quote2invoice.benchmarks;

import io.github.quote2invoice.conversion.BillingPlan;
import io.github.quote2invoice.conversion.ConversionContext;
import io.github.quote2invoice.conversion.ConversionEngine;
import io.github.quote2invoice.conversion.ConversionResult;
import io.github.quote2invoice.conversion.Share;
import io.github.quote2invoice.document.Discount;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.document.Totals;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.quote.Acceptance;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.quote.QuoteLine;
import io.github.quote2invoice.tax.VatRate;
import io.github.quote2invoice.testing.Samples;
import org.mustangproject.Item;
import org.mustangproject.Product;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.TransactionCalculator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Conversions per second of a 20-line quote with two VAT rates (20 % and 10 %) into a 30 % deposit
 * invoice and the final invoice deducting it, on one thread, side by side in the same run with:
 * <ul>
 *   <li>{@link #quoteTotals}: merely computing the quote's totals ({@code Quote.totals()});</li>
 *   <li>{@link #mustangTotals}: Mustang 2.25.0 building a 20-line invoice and computing its totals
 *       with its {@code TransactionCalculator} (the anchor users know).</li>
 * </ul>
 * One {@link #depositAndFinal} operation is what a business does between "signed" and "final invoice
 * ready": convert (the deposit is drafted), issue the deposit, convert again (the final is drafted,
 * deducting it), with the default context (French legal mentions chosen from the parties, standard checks).
 * {@link #depositAndFinalWithoutLegalMentions}, {@link #depositAndFinalEngineOnly} and
 * {@link #quoteContentDigest} break the cost down (legal mentions; the check that the quote was not
 * changed after acceptance, which recomputes {@code Quote.contentDigest()} on every conversion).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class ConversionBenchmark {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    /** Bytes of {@link #twentyLineQuote()}'s canonical text, as {@code ContentDigest} writes it. */
    static final int CANONICAL_SIZE = 2_199;

    private ConversionEngine engine;
    private Quote quote;
    private Quote quoteWithoutDigest;
    private BillingPlan plan;
    private ConversionContext first;
    private ConversionContext firstWithoutLegal;
    private ConversionContext firstEngineOnly;
    private TradeParty mustangSeller;
    private TradeParty mustangBuyer;
    private Date mustangDate;
    private MessageDigest sha256;
    private byte[] canonicalSizedBytes;

    /** Builds the 20-line quote, accepted by e-signature, and the Mustang parties. */
    @Setup
    public void setUp() {
        engine = ConversionEngine.standard();
        quote = twentyLineQuote();
        // The same accepted quote without the digest taken at acceptance (as an imported quote would be):
        // the engine then has no acceptance digest to recompute. Used only to show the digest's share.
        quoteWithoutDigest = quote.toBuilder().acceptedContentDigest(null).build();
        plan = BillingPlan.deposits(Share.percentExclVat("30"));
        first = ConversionContext.on(DAY).build();
        firstWithoutLegal = ConversionContext.on(DAY).withoutLegalRules().build();
        firstEngineOnly = ConversionContext.on(DAY).withoutLegalRules().checks(List.of()).build();
        mustangSeller = new TradeParty("Atelier Durand SAS", "12 rue des Artisans", "69003", "Lyon", "FR").addVATID("FR11123456782");
        mustangBuyer = new TradeParty("Boulangerie Martin SARL", "4 place du Marché", "75011", "Paris", "FR").addVATID("FR39851234567");
        mustangDate = Date.from(DAY.atStartOfDay(ZoneId.of("UTC")).toInstant());
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        // The size of this quote's canonical text (ContentDigestGoldenTest pins the encoding); ASCII filler.
        canonicalSizedBytes = "q2i-quote-v1;".repeat(200).substring(0, CANONICAL_SIZE).getBytes(StandardCharsets.US_ASCII);
        ConversionResult check = depositAndFinal();
        if (check.invoices().size() != 1 || !check.invoices().get(0).totals().amountDue().isPositive()) {
            throw new IllegalStateException("the benchmark's conversion did not produce the final invoice: " + check.steps());
        }
    }

    /** 20 lines alternating 20 % and 10 %, goods and services, some with discounts. */
    static Quote twentyLineQuote() {
        Quote.Builder b = Quote.builder().id("bench-q").number("D-2026-0999").issueDate(Samples.QUOTE_DATE)
                .validUntil(Samples.QUOTE_DATE.plusDays(30)).currency("EUR").seller(Samples.seller()).buyer(Samples.buyer())
                .paymentTerms(Samples.terms());
        for (int i = 1; i <= 20; i++) {
            VatRate rate = VatRate.standard(i % 2 == 0 ? "20" : "10");
            QuoteLine line = QuoteLine.of(String.valueOf(i), "Article " + i, Quantity.of(String.valueOf(i % 7 + 1) + ".5", "C62"),
                    String.valueOf(100 + i * 7) + ".35", rate, i % 3 == 0 ? LineNature.GOODS : LineNature.SERVICES);
            b.line(i % 4 == 0 ? line.withDiscount(Discount.percent("5")) : line);
        }
        return b.build().send(Samples.QUOTE_DATE.atStartOfDay(ZoneId.of("UTC")).toInstant()).quote()
                .accept(Acceptance.eSignature("Paul Martin, gérant", Samples.ACCEPTED_AT,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "yousign-tx-5521")).quote();
    }

    /** Deposit, issue, final: one conversion of the quote into deposit + final. */
    @Benchmark
    public ConversionResult depositAndFinal() {
        return depositAndFinal(first);
    }

    /** The same without legal mentions (standard checks still run). */
    @Benchmark
    public ConversionResult depositAndFinalWithoutLegalMentions() {
        return depositAndFinal(firstWithoutLegal);
    }

    /**
     * What a deposit + final would cost if the acceptance digest were verified once, when the quote is
     * loaded, instead of by every conversion: the default context on a quote carrying no digest.
     */
    @Benchmark
    public ConversionResult depositAndFinalWithoutDigestCheck() {
        return depositAndFinal(quoteWithoutDigest, first);
    }

    /** Breakdown: no legal mentions, no standard checks, no acceptance digest check (a quote carrying no digest). */
    @Benchmark
    public ConversionResult depositAndFinalEngineOnly() {
        return depositAndFinal(quoteWithoutDigest, firstEngineOnly);
    }

    private ConversionResult depositAndFinal(ConversionContext context) {
        return depositAndFinal(quote, context);
    }

    private ConversionResult depositAndFinal(Quote q, ConversionContext context) {
        Invoice deposit = engine.convert(q, plan, context).invoices().get(0).issue("FA-2026-00001", DAY);
        return engine.convert(q, plan, context.toBuilder().issuedInvoices(List.of(deposit)).build());
    }

    /** Breakdown: the quote's content digest (SHA-256 of its canonical text), recomputed by each conversion. */
    @Benchmark
    public String quoteContentDigest() {
        return quote.contentDigest();
    }

    /**
     * Breakdown: SHA-256 alone over as many bytes as the quote's canonical text (2,199), i.e. the part of
     * {@link #quoteContentDigest} no encoding work can remove. Two of these are the floor of
     * {@link #depositAndFinal}'s digest checks.
     */
    @Benchmark
    public byte[] sha256OfCanonicalSize() {
        return sha256.digest(canonicalSizedBytes);
    }

    /** Merely the quote's totals. */
    @Benchmark
    public Totals quoteTotals() {
        return quote.totals();
    }

    /** Mustang: build a 20-line invoice (same lines) and compute its totals with TransactionCalculator. */
    @Benchmark
    public BigDecimal mustangTotals() {
        org.mustangproject.Invoice invoice = new org.mustangproject.Invoice().setIssueDate(mustangDate).setDueDate(mustangDate)
                .setDeliveryDate(mustangDate).setSender(mustangSeller).setRecipient(mustangBuyer).setNumber("FA-2026-00001");
        for (QuoteLine l : quote.lines()) {
            invoice.addItem(new Item(new Product(l.designation(), "", l.quantity().unit().code(), l.vatRate().percent()), l.unitPrice(),
                    l.quantity().value()));
        }
        TransactionCalculator calculator = new TransactionCalculator(invoice);
        return calculator.getGrandTotal().add(calculator.getTaxBasis());
    }
}
