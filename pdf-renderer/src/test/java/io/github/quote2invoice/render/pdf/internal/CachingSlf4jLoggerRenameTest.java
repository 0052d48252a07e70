package io.github.quote2invoice.render.pdf.internal;

import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Slf4jLogger}'s logger names can be changed after it is made ({@code setDefaultLoggerName},
 * {@code setLoggerNameMap}, public API; the installed one is reachable through {@code XRLog.getLoggerImpl()}).
 * The caching logger must then answer level checks for the new logger, as openhtmltopdf's own does and
 * as its {@code log} (not cached) writes: otherwise a message is checked against one logger and written
 * to another.
 */
class CachingSlf4jLoggerRenameTest {
    private static final String DEBUG_LOGGER = "q2i.review2.debugged";

    @Test
    void aRenamedLoggerIsAskedAfterTheRename() throws ReflectiveOperationException {
        // slf4j-simple reads a logger's level from this property when the logger is first made.
        System.setProperty("org.slf4j.simpleLogger.log." + DEBUG_LOGGER, "debug");
        Diagnostic fine = OpenHtmlToPdfLoggingTest.diagnostic(Level.FINE, "com.openhtmltopdf.not-registered");
        Slf4jLogger own = new Slf4jLogger();
        OpenHtmlToPdfLogging.CachingSlf4jLogger caching = new OpenHtmlToPdfLogging.CachingSlf4jLogger();
        assertThat(caching.isLogLevelEnabled(fine)).isEqualTo(own.isLogLevelEnabled(fine)).isFalse();

        own.setDefaultLoggerName(DEBUG_LOGGER);
        caching.setDefaultLoggerName(DEBUG_LOGGER);
        assertThat(own.isLogLevelEnabled(fine)).as("openhtmltopdf's own logger").isTrue();
        assertThat(caching.isLogLevelEnabled(fine)).as("the caching logger after setDefaultLoggerName").isTrue();

        Diagnostic mapped = OpenHtmlToPdfLoggingTest.diagnostic(Level.FINE, "com.openhtmltopdf.load");
        OpenHtmlToPdfLogging.CachingSlf4jLogger caching2 = new OpenHtmlToPdfLogging.CachingSlf4jLogger();
        caching2.isLogLevelEnabled(mapped);
        caching2.setLoggerNameMap(Map.of("com.openhtmltopdf.load", DEBUG_LOGGER));
        assertThat(caching2.isLogLevelEnabled(mapped)).as("the caching logger after setLoggerNameMap").isTrue();
    }
}
