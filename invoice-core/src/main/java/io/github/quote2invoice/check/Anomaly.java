package io.github.quote2invoice.check;

import io.github.quote2invoice.internal.Checks;

/**
 * Something found wrong or unusual before a document is issued.
 *
 * @param code stable machine-readable code, e.g. {@code FR_SELLER_SIREN_MISSING}, {@code PLAN_NOT_100_PERCENT}
 * @param severity INFO, WARNING or ERROR
 * @param path the field concerned ({@code seller.siren}, {@code lines[3].vatRate}), "" for the whole document
 * @param message a readable explanation
 */
public record Anomaly(String code, Severity severity, String path, String message) {
    /** Validates presence. */
    public Anomaly {
        code = Checks.text(code, "code", 80);
        Checks.required(severity, "severity");
        path = path == null ? "" : path;
        message = Checks.text(message, "message");
    }

    /** An ERROR. */
    public static Anomaly error(String code, String path, String message) {
        return new Anomaly(code, Severity.ERROR, path, message);
    }

    /** A WARNING. */
    public static Anomaly warning(String code, String path, String message) {
        return new Anomaly(code, Severity.WARNING, path, message);
    }

    /** An INFO. */
    public static Anomaly info(String code, String path, String message) {
        return new Anomaly(code, Severity.INFO, path, message);
    }
}
