package io.github.quote2invoice.conversion;

import io.github.quote2invoice.check.InvoiceCheck;
import io.github.quote2invoice.check.StandardInvoiceChecks;
import io.github.quote2invoice.indexation.IndexSource;
import io.github.quote2invoice.indexation.PriceIndexation;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.Period;
import io.github.quote2invoice.legal.LegalOptions;
import io.github.quote2invoice.legal.LegalRuleSet;
import io.github.quote2invoice.legal.LegalRuleSets;
import io.github.quote2invoice.party.Party;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of the moment a conversion runs in, and the ports it uses. Immutable; build with
 * {@link #on(LocalDate)} or {@link #at(Clock)}.
 *
 * @param invoicingDate the day the invoices are made (selects the price revision month); the engine
 *        never reads a clock itself
 * @param issuedInvoices the invoices and credit notes already issued for this deal (every revision of
 *        the quote), with their payment status: the engine deducts, skips and sequences from them
 * @param draftedKeys conversion keys of drafts already made and kept elsewhere: not made again
 * @param reachedEvents the plan events reached so far ("order", "delivery"...)
 * @param currentBuyer the buyer as known today, to detect a billing address changed since the quote
 * @param deliveryDate date of delivery or end of service (BT-72), carried to the invoices
 * @param servicePeriod period of service (BG-14), carried to the invoices
 * @param legalRules the rule set that fills the invoices' legal mentions and checks mandatory data;
 *        absent: chosen from the seller and buyer ({@link LegalRuleSets#forParties}: France, else EU)
 * @param legalRulesEnabled false to add no legal mentions at all (the caller adds its own)
 * @param legalOptions seller options that change the mentions
 * @param checks checks run on every draft (their anomalies are returned with the result); by default
 *        {@link StandardInvoiceChecks#defaults()} (totals, signs, VAT rates, unusual amounts, payment terms)
 * @param indexation the price revision clause of the contract, if any
 * @param indexSource where index values come from (required with {@code indexation})
 * @param vatAccountingRate for drafts in another currency than the seller's VAT accounting currency: the rate
 *        that states their VAT total in it (BT-6, BT-111); French and EU rules flag such drafts without it
 */
public record ConversionContext(LocalDate invoicingDate, List<Invoice> issuedInvoices, Set<String> draftedKeys,
                                Set<String> reachedEvents, Optional<Party> currentBuyer, Optional<LocalDate> deliveryDate,
                                Optional<Period> servicePeriod, Optional<LegalRuleSet> legalRules, boolean legalRulesEnabled, LegalOptions legalOptions,
                                List<InvoiceCheck> checks, Optional<PriceIndexation> indexation, Optional<IndexSource> indexSource,
                                Optional<VatAccountingRate> vatAccountingRate) {

    /** Validates and copies every part. */
    public ConversionContext {
        Checks.required(invoicingDate, "invoicingDate");
        issuedInvoices = Checks.list(issuedInvoices, "issuedInvoices");
        draftedKeys = Set.copyOf(Checks.list(draftedKeys == null ? null : new ArrayList<>(draftedKeys), "draftedKeys"));
        reachedEvents = Set.copyOf(Checks.list(reachedEvents == null ? null : new ArrayList<>(reachedEvents), "reachedEvents"));
        currentBuyer = Checks.optional(currentBuyer);
        deliveryDate = Checks.optional(deliveryDate);
        servicePeriod = Checks.optional(servicePeriod);
        legalRules = Checks.optional(legalRules);
        Checks.required(legalOptions, "legalOptions");
        checks = Checks.list(checks, "checks");
        indexation = Checks.optional(indexation);
        indexSource = Checks.optional(indexSource);
        vatAccountingRate = Checks.optional(vatAccountingRate);
        if (indexation.isPresent() && indexSource.isEmpty()) {
            throw new io.github.quote2invoice.error.InvalidValueException(io.github.quote2invoice.error.ErrorCodes.REQUIRED,
                    "indexSource", "a price indexation needs an index source");
        }
    }

    /** A builder for a conversion made on {@code invoicingDate}. */
    public static Builder on(LocalDate invoicingDate) {
        return new Builder(Checks.required(invoicingDate, "invoicingDate"));
    }

    /** A builder for a conversion made today according to {@code clock} (read once, here). */
    public static Builder at(Clock clock) {
        return new Builder(LocalDate.now(Checks.required(clock, "clock")));
    }

    /** A builder holding this context's values. */
    public Builder toBuilder() {
        Builder b = new Builder(invoicingDate);
        b.issuedInvoices = issuedInvoices;
        b.draftedKeys = draftedKeys;
        b.reachedEvents = reachedEvents;
        b.currentBuyer = currentBuyer;
        b.deliveryDate = deliveryDate;
        b.servicePeriod = servicePeriod;
        b.legalRules = legalRules;
        b.legalRulesEnabled = legalRulesEnabled;
        b.legalOptions = legalOptions;
        b.checks = checks;
        b.indexation = indexation;
        b.indexSource = indexSource;
        b.vatAccountingRate = vatAccountingRate;
        return b;
    }

    /** Mutable builder; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private LocalDate invoicingDate;
        private List<Invoice> issuedInvoices = List.of();
        private Set<String> draftedKeys = Set.of();
        private Set<String> reachedEvents = Set.of();
        private Optional<Party> currentBuyer = Optional.empty();
        private Optional<LocalDate> deliveryDate = Optional.empty();
        private Optional<Period> servicePeriod = Optional.empty();
        private Optional<LegalRuleSet> legalRules = Optional.empty();
        private boolean legalRulesEnabled = true;
        private LegalOptions legalOptions = LegalOptions.NONE;
        private List<InvoiceCheck> checks = List.of(StandardInvoiceChecks.defaults());
        private Optional<PriceIndexation> indexation = Optional.empty();
        private Optional<IndexSource> indexSource = Optional.empty();
        private Optional<VatAccountingRate> vatAccountingRate = Optional.empty();

        private Builder(LocalDate invoicingDate) {
            this.invoicingDate = invoicingDate;
        }

        /** The invoicing date. */
        public Builder invoicingDate(LocalDate v) { invoicingDate = v; return this; }
        /** The invoices already issued for the deal. */
        public Builder issuedInvoices(List<Invoice> v) { issuedInvoices = v; return this; }
        /** Conversion keys already drafted. */
        public Builder draftedKeys(Set<String> v) { draftedKeys = v; return this; }
        /** Events reached. */
        public Builder reachedEvents(Set<String> v) { reachedEvents = v; return this; }
        /** Events reached. */
        public Builder reachedEvents(String... v) { reachedEvents = Set.of(v); return this; }
        /** The buyer as known today. */
        public Builder currentBuyer(Party v) { currentBuyer = Optional.ofNullable(v); return this; }
        /** Delivery date. */
        public Builder deliveryDate(LocalDate v) { deliveryDate = Optional.ofNullable(v); return this; }
        /** Service period. */
        public Builder servicePeriod(Period v) { servicePeriod = Optional.ofNullable(v); return this; }
        /** The legal rule set, instead of the one chosen from the parties. */
        public Builder legalRules(LegalRuleSet v) { legalRules = Optional.ofNullable(v); legalRulesEnabled = true; return this; }
        /** No legal mentions and no legal checks (the caller adds its own). */
        public Builder withoutLegalRules() { legalRules = Optional.empty(); legalRulesEnabled = false; return this; }
        /** Legal options. */
        public Builder legalOptions(LegalOptions v) { legalOptions = v; return this; }
        /** Checks run on every draft, instead of the standard ones ({@code List.of()}: none). */
        public Builder checks(List<InvoiceCheck> v) { checks = v; return this; }
        /** Price indexation and where its index values come from. */
        public Builder indexation(PriceIndexation clause, IndexSource source) {
            indexation = Optional.ofNullable(clause);
            indexSource = Optional.ofNullable(source);
            return this;
        }

        /** The rate stating the VAT of drafts in a foreign currency in the VAT accounting currency (BT-6, BT-111). */
        public Builder vatAccountingRate(VatAccountingRate v) { vatAccountingRate = Optional.ofNullable(v); return this; }

        /** The validated context. */
        public ConversionContext build() {
            return new ConversionContext(invoicingDate, issuedInvoices, draftedKeys, reachedEvents, currentBuyer, deliveryDate,
                    servicePeriod, legalRules, legalRulesEnabled, legalOptions, checks, indexation, indexSource, vatAccountingRate);
        }
    }
}
