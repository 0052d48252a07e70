package io.github.quote2invoice.issuing;

import java.util.Optional;

/**
 * The result of walking an audit chain.
 *
 * @param company the chain's company
 * @param recordsChecked how many records were read
 * @param firstBreak the first record altered, removed or reordered; empty when the chain is intact
 */
public record AuditVerification(String company, long recordsChecked, Optional<AuditBreak> firstBreak) {
    /** True when no break was found. */
    public boolean intact() {
        return firstBreak.isEmpty();
    }
}
