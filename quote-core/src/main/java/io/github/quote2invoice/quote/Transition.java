package io.github.quote2invoice.quote;

/**
 * The result of a lifecycle step: the new state of the quote and the event that records it.
 *
 * @param quote the quote after the step
 * @param event what happened
 */
public record Transition(Quote quote, QuoteEvent event) {
}
