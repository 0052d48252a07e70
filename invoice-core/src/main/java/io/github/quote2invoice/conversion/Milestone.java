package io.github.quote2invoice.conversion;

import io.github.quote2invoice.internal.Checks;

/**
 * One milestone of a billing schedule: the named event that triggers it ("order", "delivery",
 * "acceptance of works") and the share of the quote it bills.
 *
 * @param event the event's name, unique in the plan; reached when listed in
 *        {@link ConversionContext#reachedEvents()}
 * @param share what the milestone bills
 */
public record Milestone(String event, Share share) {
    /** Validates both parts. */
    public Milestone {
        event = Checks.text(event, "event", 80);
        Checks.required(share, "share");
    }

    /** A milestone billing {@code percent} % of the quote excl. VAT. */
    public static Milestone of(String event, String percent) {
        return new Milestone(event, Share.percentExclVat(percent));
    }
}
