package io.github.quote2invoice.render.pdf.internal;

import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;

import java.util.concurrent.atomic.AtomicBoolean;

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
            XRLog.setLoggerImpl(new Slf4jLogger());
        }
    }
}
