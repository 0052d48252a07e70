package io.github.quote2invoice.check;

/** How serious an anomaly is. ERROR blocks issuing unless overridden with a recorded reason. */
public enum Severity {
    /** Worth knowing. */
    INFO,
    /** Worth a look before issuing. */
    WARNING,
    /** Blocks issuing. */
    ERROR
}
