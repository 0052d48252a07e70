package io.github.quote2invoice.legal;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.LegalMention;

import java.util.List;

/**
 * The legal rules of one jurisdiction for an invoice: which mentions it must carry, and which
 * mandatory data are missing. Chosen from the seller and buyer; France first, then a generic EU set.
 * Implementations are pure and thread-safe.
 */
public interface LegalRuleSet {
    /** The jurisdiction's code ("FR", "EU"). */
    String jurisdiction();

    /** The mentions {@code draft} must carry, typed and localised (fr, en), in printing order. */
    List<LegalMention> mentions(Invoice draft, LegalOptions options);

    /** Missing or wrong mandatory data, each an ERROR anomaly with the field's path. */
    List<Anomaly> check(Invoice draft, LegalOptions options);
}
