package io.github.quote2invoice.render.pdf.internal;

import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * openhtmltopdf logs through java.util.logging by default, so every application embedding the renderer
 * printed its INFO lines ("Using fast-mode renderer. Prepare to fly.") on the console whatever its own
 * logging said. A library logs through its users' logging: this sends openhtmltopdf's log to SLF4J
 * (loggers named {@code com.openhtmltopdf.*}), once per JVM, as the renderers are made. Not API.
 */
public final class OpenHtmlToPdfLogging {
    private static final AtomicBoolean ROUTED = new AtomicBoolean();

    private OpenHtmlToPdfLogging() {
    }

    /** Routes openhtmltopdf's log to SLF4J (the first call does it; later calls do nothing). */
    public static void toSlf4j() {
        if (ROUTED.compareAndSet(false, true)) {
            XRLog.setLoggerImpl(new Slf4jLogger());
        }
    }
}
