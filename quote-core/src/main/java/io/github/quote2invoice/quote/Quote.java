package io.github.quote2invoice.quote;

import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.document.Installment;
import io.github.quote2invoice.document.LineAmounts;
import io.github.quote2invoice.document.Note;
import io.github.quote2invoice.document.PaymentTerms;
import io.github.quote2invoice.document.References;
import io.github.quote2invoice.document.TaxableAmount;
import io.github.quote2invoice.document.Totals;
import io.github.quote2invoice.document.TotalsCalculator;
import io.github.quote2invoice.error.CurrencyMismatchException;
import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.money.RoundingPolicy;
import io.github.quote2invoice.party.Address;
import io.github.quote2invoice.party.Party;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A quote (devis): what a seller offers a buyer, until it is accepted and converted into invoices.
 *
 * <p>Immutable and validated at construction: lines are non-empty with unique ids, every amount is in
 * the quote's currency, every discount fits its line, the validity date is not before the issue date,
 * and the status agrees with the acceptance evidence. Lifecycle steps ({@link #send}, {@link #accept},
 * {@link #decline}, {@link #expire}, {@link #revise}) return a new quote and the event that records the
 * step; a quote whose status does not allow a step throws {@link QuoteStateException}.
 *
 * @param id stable identifier (UUID or the caller's key)
 * @param number the number shown to the buyer ("D-2026-0042")
 * @param revision 0 for the original, +1 per revision (avenant)
 * @param previousRevisionId the id of the revision this one replaces, if any
 * @param status where the quote stands
 * @param issueDate the date of the quote
 * @param validUntil the last day it can be accepted
 * @param currency the currency of every amount
 * @param rounding how amounts are rounded
 * @param seller who sells
 * @param buyer who buys (billing address is the buyer's address)
 * @param deliveryAddress where goods are delivered or work done, when it differs from the buyer's
 * @param lines what is sold, at least one
 * @param allowancesCharges document-level allowances and charges
 * @param paymentTerms payment terms, carried over to invoices
 * @param references purchase order, contract, project, buyer reference
 * @param notes free notes
 * @param acceptances the acceptance evidence (one or more), empty unless accepted
 * @param acceptedContentDigest the {@link #contentDigest()} when first accepted, to detect later edits
 * @param supersededBy the id of the revision that replaced this one
 * @param declineReason why the buyer declined
 */
public record Quote(String id, String number, int revision, Optional<String> previousRevisionId, QuoteStatus status,
                    LocalDate issueDate, LocalDate validUntil, Currency currency, RoundingPolicy rounding, Party seller, Party buyer,
                    Optional<Address> deliveryAddress, List<QuoteLine> lines, List<AllowanceCharge> allowancesCharges,
                    PaymentTerms paymentTerms, References references, List<Note> notes, List<Acceptance> acceptances,
                    Optional<String> acceptedContentDigest, Optional<String> supersededBy, Optional<String> declineReason) {

    /** Validates every part and their consistency. */
    public Quote {
        id = Checks.text(id, "id", 100);
        number = Checks.text(number, "number", 50);
        Checks.check(revision >= 0, ErrorCodes.OUT_OF_RANGE, "revision", "must not be negative, was " + revision);
        previousRevisionId = Checks.optionalText(previousRevisionId, "previousRevisionId");
        Checks.required(status, "status");
        Checks.required(issueDate, "issueDate");
        Checks.required(validUntil, "validUntil");
        Checks.check(!validUntil.isBefore(issueDate), ErrorCodes.INCONSISTENT, "validUntil",
                "is " + validUntil + ", before the issue date " + issueDate);
        Money.minorDigits(Checks.required(currency, "currency"));
        Checks.required(rounding, "rounding");
        Checks.required(seller, "seller");
        Checks.required(buyer, "buyer");
        deliveryAddress = Checks.optional(deliveryAddress);
        lines = Checks.nonEmptyList(lines, "lines");
        Checks.unique(lines, QuoteLine::id, "lines", "id");
        TotalsCalculator calculator = new TotalsCalculator(rounding);
        for (int i = 0; i < lines.size(); i++) {
            QuoteLine line = lines.get(i);
            Checks.within("lines[" + i + "]", () -> calculator.lineAmounts(line, currency));
        }
        allowancesCharges = Checks.list(allowancesCharges, "allowancesCharges");
        for (int i = 0; i < allowancesCharges.size(); i++) {
            requireCurrency(allowancesCharges.get(i).amount(), currency, "allowancesCharges[" + i + "].amount");
        }
        Checks.required(paymentTerms, "paymentTerms");
        List<Installment> schedule = paymentTerms.schedule();
        for (int i = 0; i < schedule.size(); i++) {
            requireCurrency(schedule.get(i).amount(), currency, "paymentTerms.schedule[" + i + "].amount");
        }
        Checks.required(references, "references");
        notes = Checks.list(notes, "notes");
        acceptances = Checks.list(acceptances, "acceptances");
        acceptedContentDigest = Checks.optionalText(acceptedContentDigest, "acceptedContentDigest");
        supersededBy = Checks.optionalText(supersededBy, "supersededBy");
        declineReason = Checks.optionalText(declineReason, "declineReason");
        boolean accepted = status == QuoteStatus.ACCEPTED;
        if (accepted) {
            Checks.check(!acceptances.isEmpty(), ErrorCodes.REQUIRED, "acceptances", "an accepted quote needs acceptance evidence");
        } else if (status != QuoteStatus.SUPERSEDED) {
            Checks.check(acceptances.isEmpty(), ErrorCodes.INCONSISTENT, "acceptances", "only an accepted quote carries acceptance evidence");
        }
        Checks.check(supersededBy.isPresent() == (status == QuoteStatus.SUPERSEDED), ErrorCodes.INCONSISTENT, "supersededBy",
                "is set exactly when the status is SUPERSEDED");
    }

    private static void requireCurrency(Money m, Currency currency, String path) {
        if (!m.currency().equals(currency)) {
            throw new CurrencyMismatchException(path, currency, m.currency());
        }
    }

    /** The totals of the quote, computed with its rounding policy. */
    public Totals totals() {
        TotalsCalculator calculator = new TotalsCalculator(rounding);
        List<TaxableAmount> amounts = new ArrayList<>(lines.size());
        for (QuoteLine line : lines) {
            amounts.add(TaxableAmount.of(line.vatRate(), calculator.lineAmounts(line, currency).net()));
        }
        return calculator.totals(currency, amounts, allowancesCharges, Money.zero(currency));
    }

    /** The amounts of one line, computed with the quote's rounding policy. */
    public LineAmounts amountsOf(QuoteLine line) {
        return new TotalsCalculator(rounding).lineAmounts(line, currency);
    }

    /** The line with this id. */
    public Optional<QuoteLine> line(String lineId) {
        return lines.stream().filter(l -> l.id().equals(lineId)).findFirst();
    }

    /**
     * Hex SHA-256 of what the buyer agrees to: parties, lines, allowances and charges, currency,
     * rounding, terms and references, in an explicit canonical encoding (stable across JDKs). Status,
     * acceptance evidence and notes are left out, so the digest only changes when the deal itself changes.
     */
    public String contentDigest() {
        return ContentDigest.of(this);
    }

    /** True when the quote was edited after its first acceptance. */
    public boolean changedSinceAcceptance() {
        return acceptedContentDigest.isPresent() && !acceptedContentDigest.get().equals(contentDigest());
    }

    /** Sends a draft: DRAFT -> SENT. */
    public Transition send(Instant at) {
        requireStatus("send", QuoteStatus.DRAFT);
        return new Transition(toBuilder().status(QuoteStatus.SENT).build(), new QuoteEvent.Sent(id, revision, at));
    }

    /**
     * Records acceptance evidence: SENT -> ACCEPTED, or one more piece of evidence on an ACCEPTED
     * quote (an internal approval after the buyer's e-signature). Refused after the validity date
     * (compared in UTC).
     */
    public Transition accept(Acceptance acceptance) {
        Checks.required(acceptance, "acceptance");
        requireStatus("accept", QuoteStatus.SENT, QuoteStatus.ACCEPTED);
        LocalDate day = acceptance.acceptedAt().atZone(ZoneOffset.UTC).toLocalDate();
        if (day.isAfter(validUntil)) {
            throw new QuoteStateException(status, "quote " + number + " was valid until " + validUntil + "; accepted on " + day + " is too late");
        }
        List<Acceptance> all = new ArrayList<>(acceptances);
        all.add(acceptance);
        Quote accepted = toBuilder().status(QuoteStatus.ACCEPTED).acceptances(all)
                .acceptedContentDigest(acceptedContentDigest.orElse(contentDigest())).build();
        return new Transition(accepted, new QuoteEvent.Accepted(id, revision, acceptance.acceptedAt(), acceptance));
    }

    /** The buyer declines: SENT -> DECLINED. */
    public Transition decline(Instant at, String reason) {
        requireStatus("decline", QuoteStatus.SENT);
        Quote declined = toBuilder().status(QuoteStatus.DECLINED).declineReason(reason).build();
        return new Transition(declined, new QuoteEvent.Declined(id, revision, at, Checks.text(reason, "reason")));
    }

    /** Marks an unanswered quote expired once {@code today} is after its validity date. */
    public Transition expire(LocalDate today) {
        requireStatus("expire", QuoteStatus.DRAFT, QuoteStatus.SENT);
        if (!today.isAfter(validUntil)) {
            throw new QuoteStateException(status, "quote " + number + " is valid until " + validUntil + ", not expired on " + today);
        }
        return new Transition(toBuilder().status(QuoteStatus.EXPIRED).build(),
                new QuoteEvent.Expired(id, revision, today.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /**
     * Starts a new revision (avenant, change order) of a sent or accepted quote. The new draft copies
     * everything (same number, revision + 1, no acceptance); edit it with {@link #toBuilder()}. Once the
     * revision is accepted, the conversion engine bills only the difference.
     *
     * @param newId the id of the new revision
     * @param at when
     * @param newIssueDate the new revision's date
     */
    public Revision revise(String newId, Instant at, LocalDate newIssueDate) {
        requireStatus("revise", QuoteStatus.SENT, QuoteStatus.ACCEPTED);
        Checks.check(!Checks.text(newId, "newId").equals(id), ErrorCodes.DUPLICATE, "newId", "a revision needs a new id");
        Quote superseded = toBuilder().status(QuoteStatus.SUPERSEDED).supersededBy(newId).build();
        LocalDate until = validUntil.isBefore(newIssueDate) ? newIssueDate.plusDays(30) : validUntil;
        Quote draft = toBuilder().id(newId).revision(revision + 1).previousRevisionId(id).status(QuoteStatus.DRAFT)
                .issueDate(newIssueDate).validUntil(until).acceptances(List.of()).acceptedContentDigest(null).build();
        return new Revision(superseded, draft, new QuoteEvent.Revised(id, revision, at, newId));
    }

    private void requireStatus(String step, QuoteStatus... allowed) {
        for (QuoteStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new QuoteStateException(status, "cannot " + step + " quote " + number + " in status " + status);
    }

    /** A builder for a new DRAFT quote. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this quote's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.number = number;
        b.revision = revision;
        b.previousRevisionId = previousRevisionId;
        b.status = status;
        b.issueDate = issueDate;
        b.validUntil = validUntil;
        b.currency = currency;
        b.rounding = rounding;
        b.seller = seller;
        b.buyer = buyer;
        b.deliveryAddress = deliveryAddress;
        b.lines = lines;
        b.allowancesCharges = allowancesCharges;
        b.paymentTerms = paymentTerms;
        b.references = references;
        b.notes = notes;
        b.acceptances = acceptances;
        b.acceptedContentDigest = acceptedContentDigest;
        b.supersededBy = supersededBy;
        b.declineReason = declineReason;
        return b;
    }

    /** Mutable builder; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private String id;
        private String number;
        private int revision;
        private Optional<String> previousRevisionId = Optional.empty();
        private QuoteStatus status = QuoteStatus.DRAFT;
        private LocalDate issueDate;
        private LocalDate validUntil;
        private Currency currency;
        private RoundingPolicy rounding = RoundingPolicy.DEFAULT;
        private Party seller;
        private Party buyer;
        private Optional<Address> deliveryAddress = Optional.empty();
        private List<QuoteLine> lines = new ArrayList<>();
        private List<AllowanceCharge> allowancesCharges = new ArrayList<>();
        private PaymentTerms paymentTerms;
        private References references = References.NONE;
        private List<Note> notes = new ArrayList<>();
        private List<Acceptance> acceptances = new ArrayList<>();
        private Optional<String> acceptedContentDigest = Optional.empty();
        private Optional<String> supersededBy = Optional.empty();
        private Optional<String> declineReason = Optional.empty();

        private Builder() {
        }

        /** Identifier. */
        public Builder id(String v) { id = v; return this; }
        /** Number shown to the buyer. */
        public Builder number(String v) { number = v; return this; }
        /** Revision. */
        public Builder revision(int v) { revision = v; return this; }
        /** Id of the revision replaced. */
        public Builder previousRevisionId(String v) { previousRevisionId = Optional.ofNullable(v); return this; }
        /** Status. */
        public Builder status(QuoteStatus v) { status = v; return this; }
        /** Issue date. */
        public Builder issueDate(LocalDate v) { issueDate = v; return this; }
        /** Last day of validity. */
        public Builder validUntil(LocalDate v) { validUntil = v; return this; }
        /** Currency. */
        public Builder currency(Currency v) { currency = v; return this; }
        /** Currency by ISO code. */
        public Builder currency(String code) { currency = Money.currency(code); return this; }
        /** Rounding policy. */
        public Builder rounding(RoundingPolicy v) { rounding = v; return this; }
        /** Seller. */
        public Builder seller(Party v) { seller = v; return this; }
        /** Buyer. */
        public Builder buyer(Party v) { buyer = v; return this; }
        /** Delivery address. */
        public Builder deliveryAddress(Address v) { deliveryAddress = Optional.ofNullable(v); return this; }
        /** Replaces the lines. */
        public Builder lines(List<QuoteLine> v) { lines = new ArrayList<>(v); return this; }
        /** Adds a line. */
        public Builder line(QuoteLine v) { lines = new ArrayList<>(lines); lines.add(v); return this; }
        /** Replaces the allowances and charges. */
        public Builder allowancesCharges(List<AllowanceCharge> v) { allowancesCharges = new ArrayList<>(v); return this; }
        /** Adds an allowance or charge. */
        public Builder allowanceCharge(AllowanceCharge v) {
            allowancesCharges = new ArrayList<>(allowancesCharges);
            allowancesCharges.add(v);
            return this;
        }
        /** Payment terms. */
        public Builder paymentTerms(PaymentTerms v) { paymentTerms = v; return this; }
        /** References. */
        public Builder references(References v) { references = v; return this; }
        /** Replaces the notes. */
        public Builder notes(List<Note> v) { notes = new ArrayList<>(v); return this; }
        /** Replaces the acceptance evidence. */
        public Builder acceptances(List<Acceptance> v) { acceptances = new ArrayList<>(v); return this; }
        /** Digest at first acceptance. */
        public Builder acceptedContentDigest(String v) { acceptedContentDigest = Optional.ofNullable(v); return this; }
        /** Id of the revision that replaced this one. */
        public Builder supersededBy(String v) { supersededBy = Optional.ofNullable(v); return this; }
        /** Why the buyer declined. */
        public Builder declineReason(String v) { declineReason = Optional.ofNullable(v); return this; }

        /** The validated quote. */
        public Quote build() {
            return new Quote(id, number, revision, previousRevisionId, status, issueDate, validUntil, currency, rounding, seller, buyer,
                    deliveryAddress, lines, allowancesCharges, paymentTerms, references, notes, acceptances, acceptedContentDigest,
                    supersededBy, declineReason);
        }
    }
}
