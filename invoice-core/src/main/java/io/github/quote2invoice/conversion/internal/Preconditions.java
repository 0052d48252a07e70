package io.github.quote2invoice.conversion.internal;

import io.github.quote2invoice.conversion.ApprovalPolicy;
import io.github.quote2invoice.conversion.ConversionException;
import io.github.quote2invoice.quote.AcceptanceMethod;
import io.github.quote2invoice.quote.Quote;

import java.util.List;

/** The triggers a quote must meet before it converts: accepted, with the evidence the policy asks for. */
final class Preconditions {
    private Preconditions() {
    }

    static void requireConvertible(Quote quote, ApprovalPolicy policy) {
        switch (quote.status()) {
            case ACCEPTED -> { }
            case DRAFT, SENT -> throw new ConversionException(ConversionException.NOT_ACCEPTED, "status",
                    "quote " + quote.number() + " is " + quote.status() + ": only an accepted quote converts into invoices");
            case DECLINED -> throw new ConversionException(ConversionException.DECLINED, "status",
                    "quote " + quote.number() + " was declined" + quote.declineReason().map(r -> " (" + r + ")").orElse(""));
            case EXPIRED -> throw new ConversionException(ConversionException.EXPIRED, "status",
                    "quote " + quote.number() + " expired on " + quote.validUntil() + " without being accepted");
            case SUPERSEDED -> throw new ConversionException(ConversionException.SUPERSEDED, "status",
                    "quote " + quote.number() + " revision " + quote.revision() + " was replaced by " + quote.supersededBy().orElse("a later revision")
                            + ": convert the latest accepted revision");
        }
        List<AcceptanceMethod> missing = policy.missing(quote);
        if (!missing.isEmpty()) {
            throw new ConversionException(ConversionException.APPROVAL_MISSING, "acceptances",
                    "quote " + quote.number() + " lacks the acceptance evidence the approval policy requires: " + missing);
        }
    }
}
