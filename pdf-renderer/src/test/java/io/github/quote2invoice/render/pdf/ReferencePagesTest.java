package io.github.quote2invoice.render.pdf;

import io.github.quote2invoice.testing.Samples;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes sample pages as PNG under target/pages for people to look at (docs/images holds copies),
 * and checks that each page has ink and stays inside the paper's margins.
 */
class ReferencePagesTest {
    @Test
    void samplePages() throws IOException {
        PdfInvoiceRenderer invoices = PdfInvoiceRenderer.builder().xmlWriter(FacturXPdfTest.CII::write).build();
        write("invoice-fr", invoices.render(TestInvoices.standard(25), Locale.FRENCH).content());
        write("final-invoice-en", invoices.render(TestInvoices.finalInvoice(), Locale.ENGLISH).content());
        write("quote-fr", PdfQuoteRenderer.builder().build().render(Samples.sentQuote(), Locale.FRENCH).content());
    }

    private static void write(String name, byte[] pdf) throws IOException {
        Path dir = Path.of("target", "pages");
        Files.createDirectories(dir);
        List<BufferedImage> pages = PdfPages.images(pdf, 90);
        for (int i = 0; i < pages.size(); i++) {
            BufferedImage page = pages.get(i);
            assertThat(PdfPages.inkOutside(page, 90, 10, 10, 10, 8)).isZero();
            assertThat(PdfPages.inkOutside(page, 90, 200, 290, 0, 0)).as("the page has ink").isPositive();
            ImageIO.write(page, "png", dir.resolve(name + "-" + (i + 1) + ".png").toFile());
        }
    }
}
