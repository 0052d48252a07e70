package io.github.quote2invoice.examples;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's main command, run as a test: the flow completes and its PDFs say what they should. */
class QuickstartTest {

    /**
     * Expected figures, by hand from {@link SampleQuote}: 20 % base = 3 x 650.00 + 12450.00 x 95 % + 180.00
     * = 13957.50 (VAT 2791.50); 10 % base = 42.5 x 48.50 + round(12.75 x 86.1234) = 2061.25 + 1098.07 = 3159.32
     * (VAT 315.932 -> 315.93). Total incl. VAT 20224.25. The 30 % deposit excl. VAT is 5135.05, split over the
     * rates in proportion; deposit and final together carry each rate's net and VAT exactly.
     */
    @Test
    void quoteBecomesTwoIssuedInvoicesAPaymentAndThreePdfs(@TempDir Path out) throws IOException {
        List<String> log = Quickstart.run(out);

        assertThat(log).contains("Quote D-2026-0042 ACCEPTED: EUR 20224.25 incl. VAT", "Audit chain intact: true");
        assertThat(log).anyMatch(l -> l.startsWith("Invoice FA-2026-000001 (DEPOSIT, 2026-11-10)"));
        assertThat(log).anyMatch(l -> l.startsWith("Invoice FA-2026-000002 (FINAL, 2026-11-27)"));
        assertThat(log).contains("    VAT S 20 % on EUR 4187.25 = EUR 837.45", "    VAT S 20 % on EUR 9770.25 = EUR 1954.05",
                "    VAT S 10 % on EUR 947.80 = EUR 94.78", "    VAT S 10 % on EUR 2211.52 = EUR 221.15");
        // 4187.25 + 9770.25 = 13957.50 and 837.45 + 1954.05 = 2791.50; 947.80 + 2211.52 = 3159.32 and 94.78 + 221.15 = 315.93
        // The deposit asks 5135.05 + 837.45 + 94.78 = 6067.28; paid, the final invoice leaves 20224.25 - 6067.28 = 14156.97.
        assertThat(log).contains("Payment VIR-20261112-0001 of EUR 6067.28: invoice FA-2026-000001 PAID");
        assertThat(log).anyMatch(l -> l.startsWith("Open: FA-2026-000002 EUR 14156.97 due on "));

        assertThat(text(out.resolve("FA-2026-000002.pdf"))).contains("FA-2026-000002", "FA-2026-000001", "Boulangerie Martin SARL");
        assertThat(text(out.resolve("D-2026-0042.pdf"))).contains("D-2026-0042", "Bon pour accord");
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
