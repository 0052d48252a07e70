package io.github.quote2invoice.quote;

import io.github.quote2invoice.event.DomainEvent;

import java.time.Instant;

/** What happened to a quote: returned by each lifecycle step of {@link Quote}. */
public sealed interface QuoteEvent extends DomainEvent
        permits QuoteEvent.Sent, QuoteEvent.Accepted, QuoteEvent.Declined, QuoteEvent.Expired, QuoteEvent.Revised {

    /** The revision of the quote the event is about. */
    int revision();

    @Override
    default String idempotencyKey() {
        return type() + ":" + documentId() + ":" + revision();
    }

    /** The quote was sent. @param documentId quote id @param revision its revision @param occurredAt when */
    record Sent(String documentId, int revision, Instant occurredAt) implements QuoteEvent {
        @Override
        public String type() {
            return "QuoteSent";
        }
    }

    /**
     * The quote was accepted (or received one more piece of acceptance evidence).
     *
     * @param documentId quote id
     * @param revision its revision
     * @param occurredAt when
     * @param acceptance the evidence
     */
    record Accepted(String documentId, int revision, Instant occurredAt, Acceptance acceptance) implements QuoteEvent {
        @Override
        public String type() {
            return "QuoteAccepted";
        }

        @Override
        public String idempotencyKey() {
            return type() + ":" + documentId + ":" + revision + ":" + acceptance.method();
        }
    }

    /** The buyer declined. @param documentId quote id @param revision its revision @param occurredAt when @param reason why */
    record Declined(String documentId, int revision, Instant occurredAt, String reason) implements QuoteEvent {
        @Override
        public String type() {
            return "QuoteDeclined";
        }
    }

    /** The quote expired unanswered. @param documentId quote id @param revision its revision @param occurredAt when */
    record Expired(String documentId, int revision, Instant occurredAt) implements QuoteEvent {
        @Override
        public String type() {
            return "QuoteExpired";
        }
    }

    /**
     * The quote was superseded by a new revision.
     *
     * @param documentId the superseded quote's id
     * @param revision the superseded revision
     * @param occurredAt when
     * @param newQuoteId the id of the new revision
     */
    record Revised(String documentId, int revision, Instant occurredAt, String newQuoteId) implements QuoteEvent {
        @Override
        public String type() {
            return "QuoteRevised";
        }
    }
}
