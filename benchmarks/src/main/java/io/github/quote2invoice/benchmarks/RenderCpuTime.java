package io.github.quote2invoice.benchmarks;

import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.render.pdf.PdfInvoiceRenderer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Thread CPU time per complete Factur-X invoice, for each pipeline of {@link FacturXInvoiceBenchmark},
 * on one thread: on a shared machine this measures the work a document costs, whatever share of a
 * core the process gets. Warm-up and measurement are budgets of CPU seconds, not wall seconds.
 * {@code java -cp ... RenderCpuTime [warmupCpuSeconds] [measureCpuSeconds]}.
 */
public final class RenderCpuTime {
    private RenderCpuTime() {
    }

    /** Prints documents per CPU second for each pipeline. */
    public static void main(String[] args) throws Exception {
        double warm = args.length > 0 ? Double.parseDouble(args[0]) : 15;
        double measure = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        Invoice invoice = BenchmarkInvoices.twentyLines();
        PdfInvoiceRenderer renderer = Pipelines.library();
        String xhtml = Pipelines.xhtml(invoice);
        org.mustangproject.Invoice mustangInvoice = Pipelines.mustangInvoice(invoice);
        byte[] page = PdfInvoiceRenderer.builder().withoutFacturX().build().render(invoice, Locale.FRENCH).content();
        Pipelines.RawFonts fonts = new Pipelines.RawFonts();
        Map<String, Callable<byte[]>> ways = new LinkedHashMap<>();
        ways.put("library", () -> renderer.render(invoice, Locale.FRENCH).content());
        ways.put("mustangPipeline", () -> Pipelines.mustang(mustangInvoice, page));
        ways.put("naiveOpenHtmlToPdf", () -> Pipelines.naive(invoice, xhtml));
        ways.put("rawPdfBox", () -> Pipelines.raw(invoice, fonts));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (Map.Entry<String, Callable<byte[]>> way : ways.entrySet()) {
            run(way.getValue(), cpu, warm);
            long start = cpu.getCurrentThreadCpuTime();
            int n = run(way.getValue(), cpu, measure);
            double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%-20s %8.1f documents per CPU second (%d documents, %.1f ms CPU each)%n", way.getKey(),
                    n / seconds, n, seconds * 1000 / n);
        }
    }

    private static int run(Callable<byte[]> way, ThreadMXBean cpu, double cpuSeconds) throws Exception {
        long end = cpu.getCurrentThreadCpuTime() + (long) (cpuSeconds * 1e9);
        int n = 0;
        while (cpu.getCurrentThreadCpuTime() < end) {
            if (way.call().length == 0) {
                throw new IllegalStateException("empty document");
            }
            n++;
        }
        return n;
    }
}
