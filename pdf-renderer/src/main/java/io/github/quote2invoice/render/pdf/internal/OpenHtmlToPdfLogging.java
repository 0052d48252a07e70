package io.github.quote2invoice.render.pdf.internal;

import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;

/**
 * openhtmltopdf logs through java.util.logging by default, so every application embedding the renderer
 * printed its INFO lines ("Using fast-mode renderer. Prepare to fly.") on the console whatever its own
 * logging said. A library logs through its users' logging: this sends openhtmltopdf's log to SLF4J
 * (loggers named {@code com.openhtmltopdf.*}), once per JVM, as the renderers are made. The switch is
 * openhtmltopdf's own global one, so it is flipped only while it still holds openhtmltopdf's default
 * java.util.logging logger: an application that chose its own {@code XRLogger} keeps it. Not API.
 */
public final class OpenHtmlToPdfLogging {
    private static final AtomicBoolean ROUTED = new AtomicBoolean();

    private OpenHtmlToPdfLogging() {
    }

    /** Routes openhtmltopdf's log to SLF4J unless the application set its own logger (the first call decides). */
    public static void toSlf4j() {
        // null: openhtmltopdf has not logged yet and would pick its java.util.logging default on first use
        if (ROUTED.compareAndSet(false, true) && (XRLog.getLoggerImpl() == null || XRLog.getLoggerImpl() instanceof JDKXRLogger)) {
            XRLog.setLoggerImpl(new CachingSlf4jLogger());
        }
    }

    /**
     * openhtmltopdf's SLF4J logger, asking SLF4J for each logger once. openhtmltopdf asks whether
     * a level is on before every message, debug ones included, thousands of times a page (a length
     * computed, a font looked up), and its logger looked the SLF4J logger up by name each time: over
     * a percent of a page's time, to learn that debug logging is off. Renaming the loggers (the
     * setters) empties the cache.
     */
    static final class CachingSlf4jLogger extends Slf4jLogger {
        private final Map<String, Logger> loggers = new ConcurrentHashMap<>();
        /** Held once, so that a cache miss allocates nothing for it. */
        private final Function<String, Logger> lookUp =
                where -> LoggerFactory.getLogger(getLoggerNameMap().getOrDefault(where, getDefaultLoggerName()));

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            String where = diagnostic.getLogMessageId().getWhere();
            Logger logger = loggers.get(where);
            if (logger == null) {
                // computeIfAbsent, not put: a rename's clear() waits for it, so no old logger is cached after
                logger = loggers.computeIfAbsent(where, lookUp);
            }
            Level level = diagnostic.getLevel();
            if (level == Level.SEVERE) {
                return logger.isErrorEnabled();
            } else if (level == Level.WARNING) {
                return logger.isWarnEnabled();
            } else if (level == Level.INFO || level == Level.CONFIG) {
                return logger.isInfoEnabled();
            } else if (level == Level.FINE || level == Level.FINER || level == Level.FINEST) {
                return logger.isDebugEnabled();
            }
            return true;
        }

        /** Renames the default logger; level checks ask the renamed one from now on. */
        @Override
        public void setDefaultLoggerName(String defaultLoggerName) {
            super.setDefaultLoggerName(defaultLoggerName);
            loggers.clear();
        }

        /** Renames the loggers; level checks ask the renamed ones from now on. */
        @Override
        public void setLoggerNameMap(Map<String, String> loggerNameMap) {
            super.setLoggerNameMap(loggerNameMap);
            loggers.clear();
        }
    }
}
