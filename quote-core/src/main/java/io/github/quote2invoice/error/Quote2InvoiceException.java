package io.github.quote2invoice.error;

import java.util.Objects;

/**
 * Root of every exception the library throws on purpose.
 *
 * <p>Each instance carries a machine-readable {@linkplain #code() code} (stable, upper snake case,
 * listed in {@link ErrorCodes} and in the subclasses), the {@linkplain #path() path} of the field at
 * fault (dotted, with indices: {@code lines[2].unitPrice}; empty when the whole object is at fault)
 * and a human message. Callers branch on the subclass or the code, never on the message.
 */
public class Quote2InvoiceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String path;

    /**
     * @param code machine-readable code, not blank
     * @param path path of the offending field, or "" for the whole object
     * @param message human message
     */
    public Quote2InvoiceException(String code, String path, String message) {
        this(code, path, message, null);
    }

    /**
     * @param code machine-readable code, not blank
     * @param path path of the offending field, or "" for the whole object
     * @param message human message
     * @param cause the underlying cause, may be null
     */
    public Quote2InvoiceException(String code, String path, String message, Throwable cause) {
        super(format(code, path, message), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.path = path == null ? "" : path;
    }

    private static String format(String code, String path, String message) {
        return (path == null || path.isEmpty() ? "" : path + ": ") + message + " [" + code + "]";
    }

    /** The message without path and code decoration. */
    public String rawMessage() {
        String m = getMessage();
        int start = path().isEmpty() ? 0 : path().length() + 2;
        int end = m.lastIndexOf(" [");
        return m.substring(start, end < start ? m.length() : end);
    }

    /** The machine-readable code, e.g. {@code TOO_MANY_DECIMALS}. */
    public String code() {
        return code;
    }

    /** The path of the offending field ({@code lines[2].quantity}), or "" for the whole object. */
    public String path() {
        return path;
    }
}
