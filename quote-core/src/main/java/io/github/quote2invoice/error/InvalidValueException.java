package io.github.quote2invoice.error;

/**
 * A model type refused a value at construction. The object was not built: there is never a partly
 * valid instance. {@link #code()} is one of {@link ErrorCodes}.
 */
public class InvalidValueException extends Quote2InvoiceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code one of {@link ErrorCodes}
     * @param path the offending field
     * @param message what is wrong and, where useful, what is expected
     */
    public InvalidValueException(String code, String path, String message) {
        super(code, path, message);
    }

    /**
     * Returns a copy whose path is prefixed by {@code prefix}: used by containers to tell which of
     * their elements failed ({@code lines[3]} + {@code unitPrice}).
     *
     * @param prefix the container's path to the element
     * @return a new exception with the longer path
     */
    public InvalidValueException within(String prefix) {
        String p = path().isEmpty() ? prefix : prefix + "." + path();
        InvalidValueException e = new InvalidValueException(code(), p, rawMessage());
        e.setStackTrace(getStackTrace());
        return e;
    }
}
