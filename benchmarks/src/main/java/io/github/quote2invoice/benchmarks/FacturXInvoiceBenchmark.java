package io.github.quote2invoice.benchmarks;

import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.render.pdf.PdfInvoiceRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Complete Factur-X invoices per second (20 lines; page, CII XML and embedding), warm, for this
 * library and three anchors run in the same JVM and the same run. Run with {@code -t 1} and {@code -t 2}.
 * Long warm-up: a JVM keeps getting faster for 15-20 s of continuous rendering.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-XX:+UseParallelGC"})
public class FacturXInvoiceBenchmark {

    /** Shared, read-only inputs and the library's renderer (thread-safe, built once as users do). */
    @State(Scope.Benchmark)
    public static class Shared {
        Invoice invoice;
        PdfInvoiceRenderer renderer;
        String xhtml;
        org.mustangproject.Invoice mustangInvoice;
        byte[] visualPdfA3;

        /** Builds the inputs and checks that caching keeps the output byte-identical. */
        @Setup
        public void setUp() {
            invoice = BenchmarkInvoices.twentyLines();
            renderer = Pipelines.library();
            byte[] first = renderer.render(invoice, Locale.FRENCH).content();
            byte[] again = renderer.render(invoice, Locale.FRENCH).content();
            byte[] fresh = Pipelines.library().render(invoice, Locale.FRENCH).content();
            if (!Arrays.equals(first, again) || !Arrays.equals(first, fresh)) {
                throw new IllegalStateException("cached rendering is not byte-identical to a fresh one");
            }
            xhtml = Pipelines.xhtml(invoice);
            mustangInvoice = Pipelines.mustangInvoice(invoice);
            visualPdfA3 = PdfInvoiceRenderer.builder().withoutFacturX().build().render(invoice, Locale.FRENCH).content();
        }
    }

    /** Per-thread fonts for raw PDFBox. */
    @State(Scope.Thread)
    public static class RawState {
        final Pipelines.RawFonts fonts = new Pipelines.RawFonts();
    }

    /** This library: template, layout, PDF/A-3b, CII XML, embedding, XMP. */
    @Benchmark
    public byte[] library(Shared s) {
        return s.renderer.render(s.invoice, Locale.FRENCH).content();
    }

    /** openhtmltopdf used naively on the same XHTML: new renderer and fonts per document. */
    @Benchmark
    public byte[] naiveOpenHtmlToPdf(Shared s) throws IOException {
        return Pipelines.naive(s.invoice, s.xhtml);
    }

    /** Mustang's pipeline: its XML generation and its PDF/A-3 attachment onto a ready page. */
    @Benchmark
    public byte[] mustangPipeline(Shared s) throws IOException {
        return Pipelines.mustang(s.mustangInvoice, s.visualPdfA3);
    }

    /** Raw PDFBox drawing the page with cached fonts, plus the same XML and embedding: the near-limit. */
    @Benchmark
    public byte[] rawPdfBox(Shared s, RawState r) throws IOException {
        return Pipelines.raw(s.invoice, r.fonts);
    }
}
