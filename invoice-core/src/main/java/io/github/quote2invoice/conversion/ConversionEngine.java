package io.github.quote2invoice.conversion;

import io.github.quote2invoice.conversion.internal.ConversionRun;
import io.github.quote2invoice.conversion.internal.CreditNoteFactory;
import io.github.quote2invoice.conversion.internal.IndexAdjustmentRun;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.quote.Quote;

/**
 * Turns an accepted quote into the draft invoices its billing plan calls for, and issued invoices
 * into credit notes.
 *
 * <p>A pure function: no clock, no I/O, no state. The same quote, plan and context always give equal
 * drafts: each draft's id derives from its conversion key ({@code quoteId/revision/step}), so
 * converting twice gives the same invoices, and a step already issued (or listed as drafted in the
 * context) is never made again. Immutable and thread-safe: one instance serves every thread.
 *
 * <pre>{@code
 * ConversionEngine engine = ConversionEngine.withApprovalPolicy(ApprovalPolicy.E_SIGNATURE);
 * ConversionResult deposit = engine.convert(quote, BillingPlan.deposits(Share.percentExclVat("30")),
 *         ConversionContext.on(today).build());
 * // ... issue deposit.invoices(), then later:
 * ConversionResult fin = engine.convert(quote, plan, ConversionContext.on(later).issuedInvoices(issued).build());
 * }</pre>
 */
public final class ConversionEngine {
    private final ApprovalPolicy approvalPolicy;

    private ConversionEngine(ApprovalPolicy approvalPolicy) {
        this.approvalPolicy = Checks.required(approvalPolicy, "approvalPolicy");
    }

    /** An engine accepting any acceptance evidence ({@link ApprovalPolicy#ANY_EVIDENCE}). */
    public static ConversionEngine standard() {
        return new ConversionEngine(ApprovalPolicy.ANY_EVIDENCE);
    }

    /** An engine requiring the evidence {@code policy} names before a quote converts. */
    public static ConversionEngine withApprovalPolicy(ApprovalPolicy policy) {
        return new ConversionEngine(policy);
    }

    /** The approval policy applied. */
    public ApprovalPolicy approvalPolicy() {
        return approvalPolicy;
    }

    /**
     * Converts an accepted quote: drafts every step of {@code plan} that is due in {@code context}
     * (its event reached, the earlier steps it cites issued, paid first when the plan says so), and
     * reports what became of each step and the anomalies found.
     *
     * <p>When the quote is a revision (avenant) of a quote whose earlier revision was billed in full,
     * it converts into one document for the difference only (step {@code amendment-<revision>}).
     *
     * @param acceptedQuote the quote, status ACCEPTED with the evidence the approval policy requires
     * @param plan how the quote is billed
     * @param context the invoicing date, what was issued already, events reached, ports
     * @return the drafts, step outcomes and anomalies; never null
     * @throws ConversionException when the quote may not convert (not accepted, declined, expired,
     *         superseded, evidence missing) or the plan cannot apply to it
     * @throws io.github.quote2invoice.error.InvalidValueException when an argument is null
     */
    public ConversionResult convert(Quote acceptedQuote, BillingPlan plan, ConversionContext context) {
        return ConversionRun.convert(acceptedQuote, plan, context, approvalPolicy);
    }

    /**
     * Drafts a credit note for an issued invoice: in full, by lines, or by an amount. An issued invoice
     * is never edited; the credit note cites it (BG-3) and carries the reason. The credit notes already
     * issued on it ({@link ConversionContext#issuedInvoices()}) limit what may still be credited.
     *
     * @param issuedInvoice the invoice to correct, issued
     * @param request what to take back, why, and the request's idempotency key
     * @param context legal rules, checks and the invoices already issued
     * @return one draft credit note (or none when already issued or drafted), its outcome, anomalies
     * @throws ConversionException {@code INVALID_CREDIT} for a draft, a credit note, an unknown line
     *         or more than remains to credit
     */
    public ConversionResult creditNote(Invoice issuedInvoice, CreditNoteRequest request, ConversionContext context) {
        return CreditNoteFactory.creditNote(issuedInvoice, request, context);
    }

    /**
     * Drafts what an issued invoice owes once the final values of the indices it was revised with are
     * published (INSEE publishes provisional values first): a complementary invoice for the lines whose
     * price rises, a credit note for those whose price falls, each citing the invoice (BG-3); see
     * {@link io.github.quote2invoice.indexation.IndexAdjustments} for the computation. The drafts' ids
     * derive from the invoice, so asking again after they were issued ({@link ConversionContext#issuedInvoices()})
     * or drafted ({@link ConversionContext#draftedKeys()}) makes nothing new. Legal mentions and checks
     * are the context's, as for any conversion.
     *
     * @param issuedInvoice the issued invoice (not a credit note) whose lines carry the clause's indexation details
     * @param context {@link ConversionContext.Builder#indexation} with the contract's
     *        {@link io.github.quote2invoice.indexation.IndexationClause} and a source holding the final values
     * @return up to two drafts with their outcomes and anomalies, or a NOTHING_TO_BILL outcome
     * @throws ConversionException {@code INVALID_PLAN} when the context carries no indexation clause
     * @throws io.github.quote2invoice.invoice.InvoiceStateException for a draft or a credit note
     */
    public ConversionResult indexAdjustments(Invoice issuedInvoice, ConversionContext context) {
        return IndexAdjustmentRun.adjust(issuedInvoice, context);
    }
}
