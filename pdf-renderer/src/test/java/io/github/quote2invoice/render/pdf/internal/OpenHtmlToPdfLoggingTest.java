package io.github.quote2invoice.render.pdf.internal;

import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.LogMessageId;
import com.openhtmltopdf.util.XRLog;
import io.github.quote2invoice.render.pdf.PdfInvoiceRenderer;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/** Once a renderer exists, openhtmltopdf logs through SLF4J, not java.util.logging's console, with level checks cached. */
class OpenHtmlToPdfLoggingTest {
    /** Loggers slf4j-simple logs at debug level (it reads a logger's level when the logger is first made). */
    private static final String RENAMED_LOGGER = "q2i.test.renamed";
    private static final String RACED_LOGGER = "q2i.test.raced";

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

    /**
     * openhtmltopdf's logger names can be changed after it is made ({@code setDefaultLoggerName},
     * {@code setLoggerNameMap}, public API, reachable through {@code XRLog.getLoggerImpl()}): level
     * checks must then ask the new logger, which {@code log} (not cached) writes to.
     */
    @Test
    void aRenamedLoggerIsAskedAfterTheRename() throws ReflectiveOperationException {
        // slf4j-simple reads a logger's level from this property when the logger is first made.
        System.setProperty("org.slf4j.simpleLogger.log." + RENAMED_LOGGER, "debug");
        Diagnostic fine = diagnostic(Level.FINE, "com.openhtmltopdf.not-registered");
        Slf4jLogger own = new Slf4jLogger();
        OpenHtmlToPdfLogging.CachingSlf4jLogger caching = new OpenHtmlToPdfLogging.CachingSlf4jLogger();
        assertThat(caching.isLogLevelEnabled(fine)).isEqualTo(own.isLogLevelEnabled(fine)).isFalse();

        own.setDefaultLoggerName(RENAMED_LOGGER);
        caching.setDefaultLoggerName(RENAMED_LOGGER);
        assertThat(own.isLogLevelEnabled(fine)).as("openhtmltopdf's own logger").isTrue();
        assertThat(caching.isLogLevelEnabled(fine)).as("the caching logger after setDefaultLoggerName").isTrue();

        Diagnostic mapped = diagnostic(Level.FINE, "com.openhtmltopdf.load");
        OpenHtmlToPdfLogging.CachingSlf4jLogger caching2 = new OpenHtmlToPdfLogging.CachingSlf4jLogger();
        caching2.isLogLevelEnabled(mapped);
        caching2.setLoggerNameMap(Map.of("com.openhtmltopdf.load", RENAMED_LOGGER));
        assertThat(caching2.isLogLevelEnabled(mapped)).as("the caching logger after setLoggerNameMap").isTrue();
    }

    /**
     * A level check that read the old logger name before a rename must not put the old logger into
     * the cache the rename emptied. The map given to {@code setLoggerNameMap} holds the check between
     * reading the name and caching, so the interleaving is forced, not hoped for.
     */
    @Test
    void aLevelCheckRacingARenameDoesNotCacheTheOldLogger() throws Exception {
        // slf4j-simple reads a logger's level from this property when the logger is first made.
        System.setProperty("org.slf4j.simpleLogger.log." + RACED_LOGGER, "debug");
        Diagnostic fine = diagnostic(Level.FINE, "com.openhtmltopdf.raced");
        CountDownLatch looking = new CountDownLatch(1);
        CountDownLatch renamed = new CountDownLatch(1);
        OpenHtmlToPdfLogging.CachingSlf4jLogger caching = new OpenHtmlToPdfLogging.CachingSlf4jLogger();
        caching.setLoggerNameMap(new HashMap<>() {
            @Override
            public String getOrDefault(Object key, String defaultValue) {
                looking.countDown();
                try {
                    renamed.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.getOrDefault(key, defaultValue);
            }
        });
        Thread renderer = new Thread(() -> caching.isLogLevelEnabled(fine));
        renderer.start();
        assertThat(looking.await(10, TimeUnit.SECONDS)).isTrue();
        // renamed while the renderer's check is under way (in a thread of its own: a cache that makes the
        // rename wait for the check must not deadlock this test, only delay it)
        Thread renamer = new Thread(() -> caching.setDefaultLoggerName(RACED_LOGGER));
        renamer.start();
        renamer.join(500);
        renamed.countDown();
        renderer.join(10_000);
        renamer.join(10_000);

        assertThat(caching.isLogLevelEnabled(fine)).as("a level check made after the rename returned").isTrue();
    }

    private static Diagnostic diagnostic(Level level, String where) throws ReflectiveOperationException {
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
