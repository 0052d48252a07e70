package io.github.quote2invoice.einvoice;

/**
 * One message of a validator.
 *
 * @param validator which validator said it
 * @param severity "error" or "warning" (notices are dropped)
 * @param id the rule id (BR-CO-10, BR-FR-05_BT-22_PMT...) or the XSD message
 * @param location where in the document
 * @param text the message
 */
public record Finding(String validator, String severity, String id, String location, String text) {
    /** True for errors (fatal included). */
    public boolean isError() {
        return "error".equals(severity);
    }

    @Override
    public String toString() {
        return validator + " " + severity + " [" + id + "] " + text.strip().replaceAll("\\s+", " ") + " @ " + location;
    }
}
