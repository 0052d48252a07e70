package io.github.quote2invoice.check;

import io.github.quote2invoice.invoice.Invoice;

import java.util.List;

/**
 * A check run on a draft invoice before it is issued. Pure: no I/O, same draft, same anomalies.
 * The issuer refuses a draft with ERROR anomalies unless each is overridden with a recorded reason.
 */
@FunctionalInterface
public interface InvoiceCheck {
    /** The anomalies found in {@code draft}; empty when none. Never null. */
    List<Anomaly> check(Invoice draft);

    /** A check that finds nothing. */
    static InvoiceCheck none() {
        return draft -> List.of();
    }
}
