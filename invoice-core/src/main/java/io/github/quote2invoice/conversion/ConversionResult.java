package io.github.quote2invoice.conversion;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.check.Severity;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.Invoice;

import java.util.List;
import java.util.Optional;

/**
 * What a conversion produced: the draft invoices the plan calls for now, what became of every step,
 * and the anomalies found (plan-level ones and those of the drafts' checks and legal rules).
 *
 * @param invoices the drafts, in plan order
 * @param steps one outcome per plan step, in plan order
 * @param anomalies everything found wrong or unusual; ERROR ones block issuing unless overridden
 */
public record ConversionResult(List<Invoice> invoices, List<StepOutcome> steps, List<Anomaly> anomalies) {
    /** Copies every list. */
    public ConversionResult {
        invoices = Checks.list(invoices, "invoices");
        steps = Checks.list(steps, "steps");
        anomalies = Checks.list(anomalies, "anomalies");
    }

    /** True when an anomaly has severity ERROR. */
    public boolean hasErrors() {
        for (Anomaly a : anomalies) {
            if (a.severity() == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }

    /** The draft made for {@code step}, if one was. */
    public Optional<Invoice> invoice(String step) {
        for (Invoice i : invoices) {
            if (i.sourceQuote().isPresent() && i.sourceQuote().get().planStep().equals(step)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The outcome of {@code step}, if the plan has it. */
    public Optional<StepOutcome> step(String step) {
        return steps.stream().filter(s -> s.step().equals(step)).findFirst();
    }

    /** The anomalies with this code. */
    public List<Anomaly> anomalies(String code) {
        return anomalies.stream().filter(a -> a.code().equals(code)).toList();
    }
}
