package io.github.quote2invoice.render.pdf.internal;

import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.LogMessageId;
import com.openhtmltopdf.util.XRLog;
import io.github.quote2invoice.render.pdf.PdfInvoiceRenderer;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/** Once a renderer exists, openhtmltopdf logs through SLF4J, not java.util.logging's console. */
class OpenHtmlToPdfLoggingTest {
    @Test
    void aRendererRoutesOpenHtmlToPdfsLogToSlf4j() {
        PdfInvoiceRenderer.builder().withoutFacturX().build();
        assertThat(XRLog.getLoggerImpl()).isInstanceOf(OpenHtmlToPdfLogging.CachingSlf4jLogger.class);
    }

    @Test
    void theCachingLoggerAnswersAsOpenHtmlToPdfsOwnForEveryLoggerAndLevel() throws ReflectiveOperationException {
        Slf4jLogger own = new Slf4jLogger();
        OpenHtmlToPdfLogging.CachingSlf4jLogger caching = new OpenHtmlToPdfLogging.CachingSlf4jLogger();
        List<String> wheres = new ArrayList<>(XRLog.listRegisteredLoggers());
        wheres.add("com.openhtmltopdf.not-registered");
        int enabled = 0;
        int disabled = 0;
        for (int pass = 0; pass < 2; pass++) { // the second pass answers from the cache
            for (String where : wheres) {
                for (Level level : List.of(Level.SEVERE, Level.WARNING, Level.INFO, Level.CONFIG, Level.FINE, Level.FINER, Level.FINEST)) {
                    Diagnostic d = diagnostic(level, where);
                    boolean expected = own.isLogLevelEnabled(d);
                    assertThat(caching.isLogLevelEnabled(d)).as("%s at %s", where, level).isEqualTo(expected);
                    if (expected) {
                        enabled++;
                    } else {
                        disabled++;
                    }
                }
            }
        }
        // slf4j-simple logs INFO and above here: both answers occur
        assertThat(enabled).isPositive();
        assertThat(disabled).isPositive();
    }

    static Diagnostic diagnostic(Level level, String where) throws ReflectiveOperationException {
        LogMessageId id = new LogMessageId() {
            @Override
            public Enum<?> getEnum() {
                return LogMessageId.LogMessageId0Param.RENDER_FONT_LIST_IS_EMPTY;
            }

            @Override
            public String getWhere() {
                return where;
            }

            @Override
            public String getMessageFormat() {
                return "test";
            }

            @Override
            public String formatMessage(Object[] args) {
                return "test";
            }
        };
        Constructor<Diagnostic> c = Diagnostic.class.getDeclaredConstructor(Level.class, LogMessageId.class, boolean.class, Object[].class);
        c.setAccessible(true);
        return c.newInstance(level, id, false, new Object[0]);
    }
}
