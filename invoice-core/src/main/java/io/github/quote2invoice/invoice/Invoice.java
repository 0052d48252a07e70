package io.github.quote2invoice.invoice;

import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.document.Installment;
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
import io.github.quote2invoice.payment.PaymentInstructions;
import io.github.quote2invoice.tax.VatBreakdown;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * An invoice or credit note, draft or issued.
 *
 * <p>Immutable. A draft has no number and no issue date and may be replaced freely
 * ({@link #toBuilder()}); {@link #issue} returns the numbered, dated, frozen document, after which
 * corrections go through credit notes only. Totals are stored as computed when the document was built
 * ({@link Builder#build()} computes them from the lines unless given), so an imported document keeps
 * its own figures and the anomaly checks can compare them.
 *
 * @param id stable identifier
 * @param number the invoice number (BT-1), present once issued
 * @param kind standard, deposit, progress, final, credit note, deposit credit note
 * @param status draft, issued, paid...
 * @param issueDate issue date (BT-2), present once issued
 * @param seller seller (BG-4)
 * @param buyer buyer (BG-7); the billing address is the buyer's address
 * @param deliveryAddress delivery address (BG-15) when it differs from the buyer's
 * @param deliveryDate date of delivery or end of service (BT-72), the French "date de la vente"
 * @param servicePeriod invoicing period (BG-14)
 * @param currency invoice currency (BT-5)
 * @param rounding the rounding policy the totals follow
 * @param lines the lines (BG-25), at least one
 * @param allowancesCharges document allowances and charges (BG-20/BG-21)
 * @param deductions deposits settled by this (final) invoice
 * @param settlement how deductions enter the totals
 * @param totals the totals (BG-22) and VAT breakdown (BG-23)
 * @param vatInAccountingCurrency the VAT total in the seller's VAT accounting currency (BT-6, BT-111), for an
 *        invoice in another currency
 * @param paymentTerms payment terms, carried from the quote
 * @param dueDate payment due date (BT-9)
 * @param paymentInstructions payment means and remittance reference (BG-16)
 * @param references buyer reference, order, contract, project
 * @param sourceQuote the quote and plan step it was converted from
 * @param precedingInvoices preceding invoices (BG-3): deducted deposits, corrected invoice
 * @param billingFramework French billing framework (BT-23)
 * @param legalMentions the mentions its jurisdiction requires
 * @param notes other notes (BG-1)
 * @param creditReason why a credit note was issued
 */
public record Invoice(String id, Optional<String> number, InvoiceKind kind, InvoiceStatus status, Optional<LocalDate> issueDate,
                      Party seller, Party buyer, Optional<Address> deliveryAddress, Optional<LocalDate> deliveryDate,
                      Optional<Period> servicePeriod, Currency currency, RoundingPolicy rounding, List<InvoiceLine> lines,
                      List<AllowanceCharge> allowancesCharges, List<DepositDeduction> deductions, SettlementStyle settlement,
                      Totals totals, Optional<VatInAccountingCurrency> vatInAccountingCurrency, PaymentTerms paymentTerms,
                      Optional<LocalDate> dueDate, PaymentInstructions paymentInstructions, References references,
                      Optional<SourceQuote> sourceQuote, List<PrecedingInvoice> precedingInvoices, Optional<BillingFramework> billingFramework,
                      List<LegalMention> legalMentions, List<Note> notes, Optional<String> creditReason) {

    /** Validates every part and their consistency. */
    public Invoice {
        id = Checks.text(id, "id", 100);
        number = Checks.optionalText(number, "number");
        Checks.required(kind, "kind");
        Checks.required(status, "status");
        issueDate = Checks.optional(issueDate);
        Checks.required(seller, "seller");
        Checks.required(buyer, "buyer");
        deliveryAddress = Checks.optional(deliveryAddress);
        deliveryDate = Checks.optional(deliveryDate);
        servicePeriod = Checks.optional(servicePeriod);
        Money.minorDigits(Checks.required(currency, "currency"));
        Checks.required(rounding, "rounding");
        lines = Checks.nonEmptyList(lines, "lines");
        Checks.unique(lines, InvoiceLine::id, "lines", "id");
        for (int i = 0; i < lines.size(); i++) {
            Money net = lines.get(i).netAmount();
            if (!net.currency().equals(currency)) {
                throw new CurrencyMismatchException("lines[" + i + "].netAmount", currency, net.currency());
            }
        }
        allowancesCharges = Checks.list(allowancesCharges, "allowancesCharges");
        deductions = Checks.list(deductions, "deductions");
        Checks.required(settlement, "settlement");
        Checks.required(totals, "totals");
        requireCurrency(totals.taxInclusive(), currency, "totals");
        vatInAccountingCurrency = Checks.optional(vatInAccountingCurrency);
        if (vatInAccountingCurrency.isPresent()) {
            VatInAccountingCurrency v = vatInAccountingCurrency.get();
            Checks.check(!v.currency().equals(currency), ErrorCodes.INCONSISTENT, "vatInAccountingCurrency.currency",
                    "is the invoice currency " + currency.getCurrencyCode() + "; BT-6 is for an invoice in another currency");
            Money expected = v.reconvert(totals.vatTotal()).vatTotal();
            Checks.check(expected.equals(v.vatTotal()), ErrorCodes.INCONSISTENT, "vatInAccountingCurrency.vatTotal",
                    v.vatTotal() + " is not the VAT total " + totals.vatTotal() + " at the rate " + v.rate().map(BigDecimal::toPlainString).orElse("")
                            + " (" + expected + ")");
        }
        Checks.required(paymentTerms, "paymentTerms");
        dueDate = Checks.optional(dueDate);
        Checks.required(paymentInstructions, "paymentInstructions");
        Checks.required(references, "references");
        sourceQuote = Checks.optional(sourceQuote);
        precedingInvoices = Checks.list(precedingInvoices, "precedingInvoices");
        billingFramework = Checks.optional(billingFramework);
        legalMentions = Checks.list(legalMentions, "legalMentions");
        notes = Checks.list(notes, "notes");
        creditReason = Checks.optionalText(creditReason, "creditReason");
        boolean issued = status.isIssued();
        Checks.check(number.isPresent() == issued, ErrorCodes.INCONSISTENT, "number",
                issued ? "an issued invoice needs its number" : "a draft has no number yet");
        Checks.check(issueDate.isPresent() == issued, ErrorCodes.INCONSISTENT, "issueDate",
                issued ? "an issued invoice needs its issue date" : "a draft has no issue date yet");
        if (dueDate.isPresent() && issueDate.isPresent()) {
            Checks.check(!dueDate.get().isBefore(issueDate.get()), ErrorCodes.INCONSISTENT, "dueDate",
                    "is before the issue date " + issueDate.get());
        }
        if (kind.isCreditNote()) {
            Checks.check(!precedingInvoices.isEmpty(), ErrorCodes.REQUIRED, "precedingInvoices",
                    "a credit note must reference the invoice it corrects");
        }
        for (int i = 0; i < deductions.size(); i++) {
            PrecedingInvoice d = deductions.get(i).deposit();
            Checks.check(precedingInvoices.contains(d), ErrorCodes.INCONSISTENT, "deductions[" + i + "].deposit",
                    "deposit " + d.number() + " must also be listed in precedingInvoices (BG-3)");
        }
    }

    private static void requireCurrency(Money m, Currency currency, String path) {
        if (!m.currency().equals(currency)) {
            throw new CurrencyMismatchException(path, currency, m.currency());
        }
    }

    /**
     * The instalments this invoice is paid in: its terms' schedule when the schedule's amounts add up
     * exactly to the amount due (a single invoice paid in several instalments); empty otherwise, for
     * instance when each instalment of the quote's schedule became an invoice of its own.
     */
    public List<Installment> installments() {
        List<Installment> schedule = paymentTerms.schedule();
        if (schedule.isEmpty() || kind.isCreditNote()) {
            return List.of();
        }
        Money sum = Money.zero(currency);
        for (Installment i : schedule) {
            if (!i.amount().currency().equals(currency)) {
                return List.of();
            }
            sum = sum.plus(i.amount());
        }
        return sum.equals(totals.amountDue()) ? schedule : List.of();
    }

    /** True while the invoice has not been issued. */
    public boolean isDraft() {
        return status == InvoiceStatus.DRAFT;
    }

    /**
     * The totals recomputed from the lines, allowances, charges and deductions with the invoice's
     * rounding policy. Equal to {@link #totals()} for every invoice this library builds.
     */
    public Totals computeTotals() {
        return computeTotals(currency, rounding, lines, allowancesCharges, deductions, settlement);
    }

    static Totals computeTotals(Currency currency, RoundingPolicy rounding, List<InvoiceLine> lines, List<AllowanceCharge> acs,
                                List<DepositDeduction> deductions, SettlementStyle settlement) {
        List<TaxableAmount> amounts = new ArrayList<>(lines.size() + deductions.size() * 2);
        for (InvoiceLine line : lines) {
            amounts.add(TaxableAmount.of(line.vatRate(), line.netAmount()));
        }
        Money prepaid = Money.zero(currency);
        for (DepositDeduction d : deductions) {
            if (settlement == SettlementStyle.DEDUCTION_LINES) {
                for (VatBreakdown b : d.amounts()) {
                    amounts.add(new TaxableAmount(b.rate(), b.taxableAmount().negated(), Optional.of(b.taxAmount().negated())));
                }
            } else {
                prepaid = prepaid.plus(d.gross());
            }
        }
        return new TotalsCalculator(rounding).totals(currency, amounts, acs, prepaid);
    }

    /**
     * Issues this draft: sets its number and issue date and freezes it. Issuing goes through an
     * {@code InvoiceIssuer}, which takes the number from a gapless sequence; this method only builds
     * the issued value. A draft without due date gets one: the first instalment's date for an invoice paid
     * in instalments ({@link #installments()}), else the terms' rule applied to {@code date}; never
     * before {@code date}.
     *
     * @throws InvoiceStateException when the invoice is not a draft
     */
    public Invoice issue(String invoiceNumber, LocalDate date) {
        if (!isDraft()) {
            throw new InvoiceStateException(status, "invoice " + number.orElse(id) + " is already issued");
        }
        List<Installment> schedule = installments();
        LocalDate due = dueDate.orElseGet(() -> schedule.isEmpty() ? paymentTerms.dueDateRule().dueDate(date) : schedule.get(0).dueDate());
        if (due.isBefore(date)) {
            due = date;
        }
        return toBuilder().number(invoiceNumber).issueDate(date).dueDate(due).status(InvoiceStatus.ISSUED).buildKeepingTotals();
    }

    /**
     * A copy in another payment status (ISSUED, PARTLY_PAID, PAID, OVERDUE, CANCELLED); content unchanged.
     *
     * @throws InvoiceStateException on a draft, or when asked for DRAFT
     */
    public Invoice withPaymentStatus(InvoiceStatus newStatus) {
        if (isDraft() || newStatus == InvoiceStatus.DRAFT) {
            throw new InvoiceStateException(status, "payment status applies to issued invoices only");
        }
        return toBuilder().status(newStatus).buildKeepingTotals();
    }

    /** A builder for a new draft. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this invoice's values (totals are recomputed on {@link Builder#build()}). */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.number = number;
        b.kind = kind;
        b.status = status;
        b.issueDate = issueDate;
        b.seller = seller;
        b.buyer = buyer;
        b.deliveryAddress = deliveryAddress;
        b.deliveryDate = deliveryDate;
        b.servicePeriod = servicePeriod;
        b.currency = currency;
        b.rounding = rounding;
        b.lines = lines;
        b.allowancesCharges = allowancesCharges;
        b.deductions = deductions;
        b.settlement = settlement;
        b.totals = totals;
        b.vatInAccountingCurrency = vatInAccountingCurrency;
        b.paymentTerms = paymentTerms;
        b.dueDate = dueDate;
        b.paymentInstructions = paymentInstructions;
        b.references = references;
        b.sourceQuote = sourceQuote;
        b.precedingInvoices = precedingInvoices;
        b.billingFramework = billingFramework;
        b.legalMentions = legalMentions;
        b.notes = notes;
        b.creditReason = creditReason;
        return b;
    }

    /** Mutable builder. Not thread-safe. */
    public static final class Builder {
        private String id;
        private Optional<String> number = Optional.empty();
        private InvoiceKind kind = InvoiceKind.STANDARD;
        private InvoiceStatus status = InvoiceStatus.DRAFT;
        private Optional<LocalDate> issueDate = Optional.empty();
        private Party seller;
        private Party buyer;
        private Optional<Address> deliveryAddress = Optional.empty();
        private Optional<LocalDate> deliveryDate = Optional.empty();
        private Optional<Period> servicePeriod = Optional.empty();
        private Currency currency;
        private RoundingPolicy rounding = RoundingPolicy.DEFAULT;
        private List<InvoiceLine> lines = List.of();
        private List<AllowanceCharge> allowancesCharges = List.of();
        private List<DepositDeduction> deductions = List.of();
        private SettlementStyle settlement = SettlementStyle.DEDUCTION_LINES;
        private Totals totals;
        private Optional<VatInAccountingCurrency> vatInAccountingCurrency = Optional.empty();
        private PaymentTerms paymentTerms;
        private Optional<LocalDate> dueDate = Optional.empty();
        private PaymentInstructions paymentInstructions = PaymentInstructions.NONE;
        private References references = References.NONE;
        private Optional<SourceQuote> sourceQuote = Optional.empty();
        private List<PrecedingInvoice> precedingInvoices = List.of();
        private Optional<BillingFramework> billingFramework = Optional.empty();
        private List<LegalMention> legalMentions = List.of();
        private List<Note> notes = List.of();
        private Optional<String> creditReason = Optional.empty();

        private Builder() {
        }

        /** Id. */
        public Builder id(String v) { id = v; return this; }
        /** Number (issued invoices). */
        public Builder number(String v) { number = Optional.ofNullable(v); return this; }
        /** Kind. */
        public Builder kind(InvoiceKind v) { kind = v; return this; }
        /** Status. */
        public Builder status(InvoiceStatus v) { status = v; return this; }
        /** Issue date (issued invoices). */
        public Builder issueDate(LocalDate v) { issueDate = Optional.ofNullable(v); return this; }
        /** Seller. */
        public Builder seller(Party v) { seller = v; return this; }
        /** Buyer. */
        public Builder buyer(Party v) { buyer = v; return this; }
        /** Delivery address. */
        public Builder deliveryAddress(Optional<Address> v) { deliveryAddress = v; return this; }
        /** Delivery date. */
        public Builder deliveryDate(Optional<LocalDate> v) { deliveryDate = v; return this; }
        /** Service period. */
        public Builder servicePeriod(Optional<Period> v) { servicePeriod = v; return this; }
        /** Currency. */
        public Builder currency(Currency v) { currency = v; return this; }
        /** Rounding policy. */
        public Builder rounding(RoundingPolicy v) { rounding = v; return this; }
        /** Lines. */
        public Builder lines(List<InvoiceLine> v) { lines = v; return this; }
        /** Allowances and charges. */
        public Builder allowancesCharges(List<AllowanceCharge> v) { allowancesCharges = v; return this; }
        /** Deposit deductions. */
        public Builder deductions(List<DepositDeduction> v) { deductions = v; return this; }
        /** Settlement style of deductions. */
        public Builder settlement(SettlementStyle v) { settlement = v; return this; }
        /** Totals, for an imported document whose own figures must be kept. */
        public Builder totals(Totals v) { totals = v; return this; }
        /** VAT total in the accounting currency (BT-6, BT-111); one with a rate is recomputed from the totals when built. */
        public Builder vatInAccountingCurrency(Optional<VatInAccountingCurrency> v) { vatInAccountingCurrency = v; return this; }

        /**
         * States the VAT total in {@code accountingCurrency} too (BT-6, BT-111), converted at {@code rate} (units of
         * {@code accountingCurrency} per unit of the invoice currency) when built.
         */
        public Builder vatInAccountingCurrency(Currency accountingCurrency, BigDecimal rate) {
            // the amount is a placeholder in the right currency: building converts the real VAT total at this rate
            vatInAccountingCurrency = Optional.of(VatInAccountingCurrency.convert(Money.zero(accountingCurrency), accountingCurrency, rate));
            return this;
        }
        /** Payment terms. */
        public Builder paymentTerms(PaymentTerms v) { paymentTerms = v; return this; }
        /** Due date. */
        public Builder dueDate(LocalDate v) { dueDate = Optional.ofNullable(v); return this; }
        /** Payment instructions. */
        public Builder paymentInstructions(PaymentInstructions v) { paymentInstructions = v; return this; }
        /** References. */
        public Builder references(References v) { references = v; return this; }
        /** Source quote. */
        public Builder sourceQuote(Optional<SourceQuote> v) { sourceQuote = v; return this; }
        /** Preceding invoices. */
        public Builder precedingInvoices(List<PrecedingInvoice> v) { precedingInvoices = v; return this; }
        /** Billing framework. */
        public Builder billingFramework(Optional<BillingFramework> v) { billingFramework = v; return this; }
        /** Legal mentions. */
        public Builder legalMentions(List<LegalMention> v) { legalMentions = v; return this; }
        /** Notes. */
        public Builder notes(List<Note> v) { notes = v; return this; }
        /** Credit reason. */
        public Builder creditReason(Optional<String> v) { creditReason = v; return this; }

        /** The validated invoice, with totals computed from its lines, allowances, charges and deductions. */
        public Invoice build() {
            Checks.required(currency, "currency");
            Checks.required(rounding, "rounding");
            List<InvoiceLine> ls = Checks.nonEmptyList(lines, "lines");
            totals = computeTotals(currency, rounding, ls, Checks.list(allowancesCharges, "allowancesCharges"),
                    Checks.list(deductions, "deductions"), Checks.required(settlement, "settlement"));
            return buildKeepingTotals();
        }

        /** The validated invoice with the totals as given ({@link #totals(Totals)}), not recomputed. */
        public Invoice buildKeepingTotals() {
            if (vatInAccountingCurrency != null && vatInAccountingCurrency.isPresent() && totals != null) {
                // with a known rate, BT-111 always follows the totals it converts
                vatInAccountingCurrency = Optional.of(vatInAccountingCurrency.get().reconvert(totals.vatTotal()));
            }
            return new Invoice(id, number, kind, status, issueDate, seller, buyer, deliveryAddress, deliveryDate, servicePeriod, currency,
                    rounding, lines, allowancesCharges, deductions, settlement, totals, vatInAccountingCurrency, paymentTerms, dueDate, paymentInstructions,
                    references, sourceQuote, precedingInvoices, billingFramework, legalMentions, notes, creditReason);
        }
    }
}
