package io.github.quote2invoice.receivable;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Applies a change to a ledger at most once per key: what {@link GatewayEventRecorder} records
 * through. {@link PaymentBook} is one; {@code io.github.quote2invoice.issuing.AuditedPaymentBook} is
 * another, which also writes the audit trail and the outbox events of the change in its transaction.
 */
@FunctionalInterface
public interface LedgerUpdater {
    /**
     * Applies {@code change} unless {@code key} was used before.
     *
     * @return the ledger after the change; empty when the key was used before (nothing changed)
     */
    Optional<PaymentLedger> update(String key, UnaryOperator<PaymentLedger> change);
}
