package io.github.quote2invoice.check;

import io.github.quote2invoice.internal.Checks;

/**
 * A person's decision to issue despite an ERROR anomaly, with the reason; recorded in the audit log.
 *
 * @param code the anomaly code overridden
 * @param reason why it is acceptable
 * @param actor who decided
 */
public record AnomalyOverride(String code, String reason, String actor) {
    /** Validates presence. */
    public AnomalyOverride {
        code = Checks.text(code, "code", 80);
        reason = Checks.text(reason, "reason", 1000);
        actor = Checks.text(actor, "actor", 200);
    }
}
