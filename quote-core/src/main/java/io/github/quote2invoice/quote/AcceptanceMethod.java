package io.github.quote2invoice.quote;

/** How a quote was accepted. */
public enum AcceptanceMethod {
    /** An electronic signature (eIDAS), with the signed document's hash. */
    E_SIGNATURE,
    /** An internal approval by someone of the seller (e.g. a manager signing off a large deal). */
    INTERNAL_APPROVAL,
    /** A click on an "I accept" button, with its trace. */
    CLICK_THROUGH,
    /** A paper copy signed "bon pour accord", scanned. */
    SIGNED_PAPER
}
