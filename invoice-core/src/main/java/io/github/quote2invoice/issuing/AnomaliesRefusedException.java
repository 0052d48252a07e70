package io.github.quote2invoice.issuing;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.error.Quote2InvoiceException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Issuing was refused: the draft has ERROR anomalies that no {@code AnomalyOverride} covers. Nothing was
 * numbered or stored. {@link #anomalies()} lists the ERROR anomalies not overridden.
 */
public final class AnomaliesRefusedException extends Quote2InvoiceException {
    private static final long serialVersionUID = 1L;
    /** The code of this exception. */
    public static final String CODE = "ANOMALIES_NOT_OVERRIDDEN";

    private final transient List<Anomaly> anomalies;

    /**
     * @param invoiceId the draft refused
     * @param anomalies the ERROR anomalies without an override, at least one
     */
    public AnomaliesRefusedException(String invoiceId, List<Anomaly> anomalies) {
        super(CODE, "", "draft " + invoiceId + " has " + anomalies.size() + " ERROR anomal" + (anomalies.size() == 1 ? "y" : "ies")
                + " without an override: " + anomalies.stream().map(a -> a.code() + (a.path().isEmpty() ? "" : " at " + a.path()) + " (" + a.message() + ")")
                .collect(Collectors.joining("; ")));
        this.anomalies = List.copyOf(anomalies);
    }

    /** The ERROR anomalies that were not overridden. */
    public List<Anomaly> anomalies() {
        return anomalies;
    }
}
