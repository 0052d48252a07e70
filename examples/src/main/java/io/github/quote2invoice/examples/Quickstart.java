package io.github.quote2invoice.examples;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.check.InvoiceCheck;
import io.github.quote2invoice.check.StandardInvoiceChecks;
import io.github.quote2invoice.conversion.BillingPlan;
import io.github.quote2invoice.conversion.ConversionContext;
import io.github.quote2invoice.conversion.ConversionEngine;
import io.github.quote2invoice.conversion.ConversionResult;
import io.github.quote2invoice.conversion.Share;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.issuing.AuditedPaymentBook;
import io.github.quote2invoice.issuing.Companies;
import io.github.quote2invoice.issuing.InvoiceIssuer;
import io.github.quote2invoice.issuing.spi.IssuingStores;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.quote.Acceptance;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.receivable.PaymentBook;
import io.github.quote2invoice.receivable.Receivable;
import io.github.quote2invoice.render.RenderedDocument;
import io.github.quote2invoice.render.pdf.PdfInvoiceRenderer;
import io.github.quote2invoice.render.pdf.PdfQuoteRenderer;
import io.github.quote2invoice.store.jdbc.JdbcStores;
import io.github.quote2invoice.store.jdbc.JsonDocumentCodec;
import io.github.quote2invoice.tax.VatBreakdown;
import org.h2.jdbcx.JdbcDataSource;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The quickstart behind the README's main command: an accepted quote becomes a 30 % deposit invoice
 * and, after delivery, the final invoice deducting it; both are issued with gapless numbers on an
 * embedded H2 database, the deposit's payment is recorded in the payment ledger kept there (audit chain
 * verified), and the invoices are rendered as PDF/A-3 with embedded Factur-X, next to the quote's own PDF.
 */
public final class Quickstart {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** openhtmltopdf reports its timings on java.util.logging at INFO; an application decides what it shows. */
    private static final Logger OPENHTMLTOPDF = Logger.getLogger("com.openhtmltopdf");

    private Quickstart() {
    }

    /**
     * Runs the quickstart.
     *
     * @param args the output directory (default {@code target/quickstart})
     */
    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "target/quickstart");
        OPENHTMLTOPDF.setLevel(Level.WARNING);
        PrintStream console = System.out;
        for (String line : run(out)) {
            console.println(line);
        }
    }

    /** Runs the whole flow, writes the PDFs to {@code out} and returns what it did, line by line. */
    static List<String> run(Path out) {
        List<String> log = new ArrayList<>();

        // 1. The quote the buyer accepted (see SampleQuote for how it is written).
        Quote quote = SampleQuote.quote();
        Quote accepted = quote.send(Instant.parse("2026-11-02T10:00:00Z")).quote()
                .accept(Acceptance.clickThrough("Paul Martin, gérant", Instant.parse("2026-11-10T09:30:00Z"), "ip=203.0.113.7"))
                .quote();
        log.add("Quote " + accepted.number() + " " + accepted.status() + ": " + accepted.totals().taxInclusive() + " incl. VAT");

        // 2. Embedded storage: H2 in memory, schema migrated by Flyway. Use a PostgreSQL DataSource in production.
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:quickstart;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        JdbcStores.migrate(h2);
        IssuingStores stores = JdbcStores.create(h2, JsonDocumentCodec.create());
        // The checks run before issuing: French mandatory data, totals, VAT rates, payment terms, unusual amounts.
        InvoiceCheck checks = StandardInvoiceChecks.defaults();

        // 3. A 30 % deposit (excl. VAT) on acceptance, the final invoice after delivery.
        ConversionEngine engine = ConversionEngine.standard();
        BillingPlan plan = BillingPlan.deposits(Share.percentExclVat("30"));
        LocalDate acceptedOn = LocalDate.of(2026, 11, 10);
        ConversionResult depositRun = engine.convert(accepted, plan, ConversionContext.on(acceptedOn).build());
        report(log, depositRun.anomalies());
        Invoice deposit = issuer(stores, checks, acceptedOn).issue(depositRun.invoices().get(0), "quickstart");

        // 4. The buyer pays the deposit by transfer. The payment ledger is kept in the same database: the
        //    payment, the invoice's new status, their audit records and outbox events go in one transaction.
        String company = Companies.keyOf(accepted.seller());
        LocalDate paidOn = LocalDate.of(2026, 11, 12);
        PaymentBook book = PaymentBook.open(JdbcStores.ledgerJournal(stores), company + "/EUR", accepted.currency());
        AuditedPaymentBook payments = new AuditedPaymentBook(stores, book, company, "bank-import", clockOn(paidOn));
        payments.update(l -> l.register(deposit));
        Payment transfer = new Payment("VIR-20261112-0001", deposit.totals().amountDue(), PaymentMethod.BANK_TRANSFER, paidOn,
                Optional.of(deposit.number().orElseThrow()), Optional.of(deposit.buyer().name()));
        payments.update("statement-20261112-line-1", l -> l.record(transfer, Receivable.buyerIdOf(deposit.buyer())).allocateOldestFirst(transfer.id()));
        log.add("Payment " + transfer.id() + " of " + transfer.amount() + ": invoice " + deposit.number().orElseThrow() + " "
                + stores.documents().findInvoice(deposit.id()).orElseThrow().status());

        LocalDate deliveredOn = LocalDate.of(2026, 11, 27);
        ConversionResult finalRun = engine.convert(accepted, plan,
                ConversionContext.on(deliveredOn).deliveryDate(deliveredOn).issuedInvoices(List.of(deposit)).build());
        report(log, finalRun.anomalies());
        Invoice fin = issuer(stores, checks, deliveredOn).issue(finalRun.invoice("final").orElseThrow(), "quickstart");
        for (Receivable open : payments.update(l -> l.register(fin)).openReceivables()) {
            log.add("Open: " + open.invoiceNumber() + " " + book.current().amountDue(open.invoiceId()) + " due on " + open.dueDate());
        }

        // 5. Documents: the quote and both invoices as PDF/A-3 (invoices with their Factur-X XML embedded).
        PdfInvoiceRenderer invoices = PdfInvoiceRenderer.builder().build();
        write(out, PdfQuoteRenderer.builder().build().render(accepted, Locale.FRENCH), log);
        for (Invoice invoice : List.of(deposit, fin)) {
            log.add("Invoice " + invoice.number().orElseThrow() + " (" + invoice.kind() + ", " + invoice.issueDate().orElseThrow() + ")");
            for (VatBreakdown b : invoice.totals().vatBreakdown()) {
                log.add("    VAT " + b.rate() + " on " + b.taxableAmount() + " = " + b.taxAmount());
            }
            log.add("    total incl. VAT " + invoice.totals().taxInclusive() + ", due " + invoice.totals().amountDue()
                    + " on " + invoice.dueDate().orElseThrow());
            write(out, invoices.render(invoice, Locale.FRENCH), log);
        }
        log.add("Audit chain intact: " + stores.audit().verify(company).intact());
        return log;
    }

    private static InvoiceIssuer issuer(IssuingStores stores, InvoiceCheck checks, LocalDate today) {
        return InvoiceIssuer.builder(stores).check(checks).clock(clockOn(today)).build();
    }

    private static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).atZone(PARIS).toInstant(), PARIS);
    }

    private static void report(List<String> log, List<Anomaly> anomalies) {
        for (Anomaly a : anomalies) {
            log.add("  " + a.severity() + " " + a.code() + " at " + a.path() + ": " + a.message());
        }
    }

    private static void write(Path dir, RenderedDocument document, List<String> log) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(document.fileName());
            Files.write(file, document.content());
            log.add("  wrote " + file + " (" + document.size() / 1024 + " KiB)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
