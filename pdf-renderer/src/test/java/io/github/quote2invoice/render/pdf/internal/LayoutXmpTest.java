package io.github.quote2invoice.render.pdf.internal;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** openhtmltopdf's own XMP packet can still be turned off: fails when an upgrade takes the saving away. */
class LayoutXmpTest {
    @Test
    void theLayoutEnginesPacketIsTurnedOff() throws Exception {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_B);
        b.withHtmlContent("<html><body>x</body></html>", null);
        try (PdfBoxRenderer renderer = b.buildPdfRenderer()) {
            assertThat(LayoutXmp.skip(renderer)).isTrue();
        }
    }
}
