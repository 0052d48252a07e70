package io.github.quote2invoice.party;

/** What kind of person a party is: it decides B2B mentions such as the 40 EUR indemnity. */
public enum PartyType {
    /** A company (société). */
    COMPANY,
    /** A sole trader (entrepreneur individuel: "EI" must follow the name in France). */
    SOLE_TRADER,
    /** A private person (B2C). */
    CONSUMER,
    /** A public body (B2G). */
    PUBLIC_BODY;

    /** True for every type but {@link #CONSUMER}. */
    public boolean isBusiness() {
        return this != CONSUMER;
    }
}
