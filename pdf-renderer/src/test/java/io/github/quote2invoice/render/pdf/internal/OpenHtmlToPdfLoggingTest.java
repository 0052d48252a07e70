package io.github.quote2invoice.render.pdf.internal;

import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import io.github.quote2invoice.render.pdf.PdfInvoiceRenderer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Once a renderer exists, openhtmltopdf logs through SLF4J, not java.util.logging's console. */
class OpenHtmlToPdfLoggingTest {
    @Test
    void aRendererRoutesOpenHtmlToPdfsLogToSlf4j() {
        PdfInvoiceRenderer.builder().withoutFacturX().build();
        assertThat(XRLog.getLoggerImpl()).isInstanceOf(Slf4jLogger.class);
    }
}
