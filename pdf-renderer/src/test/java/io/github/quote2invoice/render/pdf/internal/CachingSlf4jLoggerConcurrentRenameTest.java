package io.github.quote2invoice.render.pdf.internal;

import com.openhtmltopdf.util.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * review3 (commit 9513248): the cache went from {@code computeIfAbsent} to {@code get} then {@code put}.
 * A level check that read the old logger name before a rename puts the old logger into the cache
 * after the rename emptied it: every later check answers from the old logger until the next rename.
 * ({@code computeIfAbsent} held the bin while looking up, and {@code clear()} waited for it.)
 * The map given to {@code setLoggerNameMap} holds the check between reading the name and caching, so
 * the interleaving is forced, not hoped for.
 */
class CachingSlf4jLoggerConcurrentRenameTest {
    private static final String DEBUG_LOGGER = "q2i.review3.debugged";

    @Test
    void aLevelCheckRacingARenameDoesNotCacheTheOldLogger() throws Exception {
        // slf4j-simple reads a logger's level from this property when the logger is first made.
        System.setProperty("org.slf4j.simpleLogger.log." + DEBUG_LOGGER, "debug");
        Diagnostic fine = OpenHtmlToPdfLoggingTest.diagnostic(Level.FINE, "com.openhtmltopdf.review3-race");
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
        Thread renamer = new Thread(() -> caching.setDefaultLoggerName(DEBUG_LOGGER));
        renamer.start();
        renamer.join(500);
        renamed.countDown();
        renderer.join(10_000);
        renamer.join(10_000);

        assertThat(caching.isLogLevelEnabled(fine)).as("a level check made after the rename returned").isTrue();
    }
}
