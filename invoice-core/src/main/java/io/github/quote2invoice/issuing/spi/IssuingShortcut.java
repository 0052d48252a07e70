package io.github.quote2invoice.issuing.spi;

import io.github.quote2invoice.invoice.Invoice;

import java.util.Optional;

/**
 * An optional faster way for a set of stores to issue: the whole {@link IssueStep} (lock the draft, take
 * the number, store the issued invoice, append the audit entries, write the events) done in one
 * transaction of its own, with the same result as the step-by-step path through the other ports:
 * numbers without gap or duplicate, chronology checked, the invoice issued earlier from the same draft
 * returned instead of a second number. A database store can do it in one round trip, so that the
 * series' counter stays locked for the database's work only.
 *
 * <p>A shortcut may decline ({@code Optional.empty()}) whenever it cannot issue this step exactly as the
 * step-by-step path would, having written nothing; the issuer then takes that path.
 */
@FunctionalInterface
public interface IssuingShortcut {
    /** No shortcut: issuing always goes step by step. */
    IssuingShortcut NONE = step -> Optional.empty();

    /**
     * Issues {@code step} in one transaction, or declines.
     *
     * @return the issued invoice (or the one issued earlier from the same draft); empty when declined
     * @throws io.github.quote2invoice.issuing.ChronologyException when the series has a number dated after the step's date
     * @throws io.github.quote2invoice.issuing.DocumentConflictException when a concurrent issuer stored the same draft first
     */
    Optional<Invoice> issue(IssueStep step);
}
