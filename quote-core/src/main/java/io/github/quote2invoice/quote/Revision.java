package io.github.quote2invoice.quote;

/**
 * The result of revising a quote (avenant): the old revision, now superseded, and the new draft.
 *
 * @param superseded the previous revision, status SUPERSEDED
 * @param draft the new revision, status DRAFT, to edit with {@link Quote#toBuilder()}
 * @param event the {@link QuoteEvent.Revised} event
 */
public record Revision(Quote superseded, Quote draft, QuoteEvent.Revised event) {
}
