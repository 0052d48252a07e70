package io.github.quote2invoice.conversion;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.quote.AcceptanceMethod;
import io.github.quote2invoice.quote.Quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which acceptance evidence a quote needs before it may be invoiced: any evidence at all, an
 * e-signature, an internal approval, or both (a large deal signed by the buyer and signed off by a
 * manager).
 *
 * @param required every method that must appear among the quote's acceptances; empty = any evidence
 */
public record ApprovalPolicy(Set<AcceptanceMethod> required) {
    /** Any acceptance evidence is enough (the quote's ACCEPTED status already guarantees one). */
    public static final ApprovalPolicy ANY_EVIDENCE = new ApprovalPolicy(Set.of());
    /** An e-signature by the buyer is required. */
    public static final ApprovalPolicy E_SIGNATURE = new ApprovalPolicy(Set.of(AcceptanceMethod.E_SIGNATURE));
    /** An internal approval is required. */
    public static final ApprovalPolicy INTERNAL_APPROVAL = new ApprovalPolicy(Set.of(AcceptanceMethod.INTERNAL_APPROVAL));
    /** Both the buyer's e-signature and an internal approval are required. */
    public static final ApprovalPolicy E_SIGNATURE_AND_INTERNAL_APPROVAL =
            new ApprovalPolicy(Set.of(AcceptanceMethod.E_SIGNATURE, AcceptanceMethod.INTERNAL_APPROVAL));

    /** Copies the set; null becomes empty; null elements are refused. */
    public ApprovalPolicy {
        List<AcceptanceMethod> list = Checks.list(required == null ? null : new ArrayList<>(required), "required");
        required = list.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(list));
    }

    /** A policy requiring each of {@code methods}. */
    public static ApprovalPolicy requiring(AcceptanceMethod... methods) {
        return new ApprovalPolicy(methods == null ? null : new HashSet<>(Arrays.asList(methods)));
    }

    /** The required methods missing from {@code quote}'s acceptances, in enum order; empty when satisfied. */
    public List<AcceptanceMethod> missing(Quote quote) {
        if (required.isEmpty()) {
            return List.of();
        }
        EnumSet<AcceptanceMethod> missing = EnumSet.copyOf(required);
        quote.acceptances().forEach(a -> missing.remove(a.method()));
        return List.copyOf(missing);
    }
}
