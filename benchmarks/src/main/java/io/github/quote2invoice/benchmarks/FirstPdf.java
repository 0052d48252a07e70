package io.github.quote2invoice.benchmarks;

import io.github.quote2invoice.invoice.Invoice;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Time from process start to the first complete Factur-X PDF written, in a new JVM:
 * {@code java -cp ... io.github.quote2invoice.benchmarks.FirstPdf library|naive|mustang|raw out.pdf}.
 * Prints the milliseconds since the JVM started (as the JVM reports its own start time).
 */
public final class FirstPdf {
    private FirstPdf() {
    }

    /** Renders one invoice the chosen way, writes it, prints the elapsed time. */
    public static void main(String[] args) throws Exception {
        String way = args.length > 0 ? args[0] : "library";
        Path out = Path.of(args.length > 1 ? args[1] : "first.pdf");
        Invoice invoice = BenchmarkInvoices.twentyLines();
        byte[] pdf = switch (way) {
            case "library" -> Pipelines.library().render(invoice, Locale.FRENCH).content();
            case "naive" -> Pipelines.naive(invoice, Pipelines.xhtml(invoice));
            case "raw" -> Pipelines.raw(invoice, new Pipelines.RawFonts());
            case "mustang" -> Pipelines.mustang(Pipelines.mustangInvoice(invoice),
                    Pipelines.raw(invoice, new Pipelines.RawFonts(), false));
            default -> throw new IllegalArgumentException("library, naive, mustang or raw");
        };
        Files.write(out, pdf);
        long elapsed = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(way + " first PDF after " + elapsed + " ms (" + pdf.length + " bytes)");
    }
}
