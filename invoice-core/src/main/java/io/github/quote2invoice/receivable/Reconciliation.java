package io.github.quote2invoice.receivable;

import io.github.quote2invoice.internal.Checks;

import java.util.List;

/**
 * The result of matching a bank statement: the ledger with the matched transfers recorded, and the
 * decision for every line, in statement order.
 *
 * @param ledger the ledger after recording the matched lines
 * @param matches one decision per line
 */
public record Reconciliation(PaymentLedger ledger, List<TransferMatch> matches) {
    /** Validates presence. */
    public Reconciliation {
        Checks.required(ledger, "ledger");
        matches = Checks.list(matches, "matches");
    }

    /** The lines a person must decide on (unmatched or ambiguous). */
    public List<TransferMatch> unmatched() {
        return matches.stream().filter(m -> m.rule() == TransferMatch.Rule.UNMATCHED || m.rule() == TransferMatch.Rule.AMBIGUOUS).toList();
    }
}
