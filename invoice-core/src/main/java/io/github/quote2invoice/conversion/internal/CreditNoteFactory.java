package io.github.quote2invoice.conversion.internal;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.conversion.ConversionContext;
import io.github.quote2invoice.conversion.ConversionException;
import io.github.quote2invoice.conversion.ConversionResult;
import io.github.quote2invoice.conversion.CreditNoteRequest;
import io.github.quote2invoice.conversion.StepOutcome;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.DepositDeduction;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.invoice.SourceQuote;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.PaymentInstructions;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Credit notes (avoirs) for issued invoices: full (same lines, allowances, charges and deductions, so
 * every rate's net and VAT are reversed to the cent), by whole lines, or by an amount split over the
 * rates in proportion. A deposit invoice gets a deposit credit note (503), any other a credit note (381).
 * Not API: {@code ConversionEngine#creditNote} is the entry point.
 */
public final class CreditNoteFactory {
    private CreditNoteFactory() {
    }

    /**
     * Drafts the credit note {@code request} asks for on {@code invoice}.
     *
     * @throws ConversionException {@code INVALID_CREDIT} for a draft or a credit note, an unknown line,
     *         or more than remains to credit
     */
    public static ConversionResult creditNote(Invoice invoice, CreditNoteRequest request, ConversionContext context) {
        Checks.required(invoice, "invoice");
        Checks.required(request, "request");
        Checks.required(context, "context");
        if (!invoice.status().isIssued()) {
            throw new ConversionException(ConversionException.INVALID_CREDIT, "invoice.status",
                    "invoice " + invoice.id() + " is a draft: change it instead of crediting it");
        }
        if (invoice.kind().isCreditNote()) {
            throw new ConversionException(ConversionException.INVALID_CREDIT, "invoice.kind",
                    invoice.number().orElseThrow() + " is a credit note; correct it with an invoice, not another credit note");
        }
        String number = invoice.number().orElseThrow();
        String step = invoice.sourceQuote().map(SourceQuote::planStep).orElse("invoice") + "/credit-" + request.key();
        String key = invoice.sourceQuote().map(s -> s.quoteId() + "/" + s.revision() + "/" + step).orElse(invoice.id() + "/" + step);
        String id = DraftFactory.idOf("credit:" + invoice.id() + "/" + request.key());
        List<Invoice> earlier = new ArrayList<>();
        for (Invoice other : context.issuedInvoices()) {
            if (other.id().equals(id)) {
                return new ConversionResult(List.of(), List.of(new StepOutcome(step, key, StepOutcome.Status.ALREADY_ISSUED,
                        "issued as " + other.number().orElse(other.id()), Optional.of(id))), List.of());
            }
            if (other.kind().isCreditNote() && other.status().isIssued() && cites(other, number)) {
                earlier.add(other);
            }
        }
        if (context.draftedKeys().contains(key)) {
            return new ConversionResult(List.of(), List.of(new StepOutcome(step, key, StepOutcome.Status.ALREADY_DRAFTED,
                    "a draft exists for " + key, Optional.of(id))), List.of());
        }
        Map<VatRate, Money[]> remaining = remaining(invoice, earlier);
        PrecedingInvoice reference = DealHistory.reference(invoice);
        Invoice.Builder b = Invoice.builder().id(id).kind(invoice.kind() == InvoiceKind.DEPOSIT ? InvoiceKind.DEPOSIT_CREDIT_NOTE : InvoiceKind.CREDIT_NOTE)
                .seller(invoice.seller()).buyer(invoice.buyer()).deliveryAddress(invoice.deliveryAddress()).deliveryDate(invoice.deliveryDate())
                .servicePeriod(invoice.servicePeriod()).currency(invoice.currency()).rounding(invoice.rounding())
                .paymentTerms(invoice.paymentTerms()).paymentInstructions(PaymentInstructions.NONE).references(invoice.references())
                .sourceQuote(invoice.sourceQuote().map(s -> new SourceQuote(s.quoteId(), s.number(), s.revision(), step)))
                .billingFramework(invoice.billingFramework()).creditReason(Optional.of(request.reason()))
                // the VAT taken back in the accounting currency is converted at the corrected invoice's rate
                .vatInAccountingCurrency(invoice.vatInAccountingCurrency().filter(v -> v.rate().isPresent()));
        if (request instanceof CreditNoteRequest.Full) {
            if (!earlier.isEmpty()) {
                throw new ConversionException(ConversionException.INVALID_CREDIT, "request",
                        number + " was already partly credited by " + earlier.get(0).number().orElseThrow() + "; credit what remains by amount");
            }
            List<PrecedingInvoice> preceding = new ArrayList<>();
            preceding.add(reference);
            for (DepositDeduction d : invoice.deductions()) {
                preceding.add(d.deposit());
            }
            b.lines(invoice.lines()).allowancesCharges(invoice.allowancesCharges()).deductions(invoice.deductions())
                    .settlement(invoice.settlement()).precedingInvoices(preceding);
        } else if (request instanceof CreditNoteRequest.Lines l) {
            b.lines(selectedLines(invoice, l)).precedingInvoices(List.of(reference));
        } else {
            b.lines(amountLines(invoice, (CreditNoteRequest.Amount) request, remaining)).precedingInvoices(List.of(reference));
        }
        Invoice built = b.build();
        requireWithinRemaining(built, remaining, number);
        List<Anomaly> anomalies = new ArrayList<>();
        Invoice finished = new DraftFinisher(context).finish(built, "invoices[0]", anomalies);
        return new ConversionResult(List.of(finished), List.of(new StepOutcome(step, key, StepOutcome.Status.DRAFTED,
                finished.kind() + " " + finished.totals().taxInclusive() + " on " + number, Optional.of(id))), anomalies);
    }

    private static boolean cites(Invoice credit, String number) {
        for (PrecedingInvoice p : credit.precedingInvoices()) {
            if (p.number().equals(number)) {
                return true;
            }
        }
        return false;
    }

    /** Per rate, the invoice's taxable amount and VAT minus those of the earlier credit notes. */
    private static Map<VatRate, Money[]> remaining(Invoice invoice, List<Invoice> earlier) {
        Map<VatRate, Money[]> left = new LinkedHashMap<>();
        for (VatBreakdown b : invoice.totals().vatBreakdown()) {
            left.put(b.rate(), new Money[] {b.taxableAmount(), b.taxAmount()});
        }
        for (Invoice credit : earlier) {
            for (VatBreakdown b : credit.totals().vatBreakdown()) {
                Money zero = Money.zero(invoice.currency());
                Money[] m = left.computeIfAbsent(b.rate(), r -> new Money[] {zero, zero});
                m[0] = m[0].minus(b.taxableAmount());
                m[1] = m[1].minus(b.taxAmount());
            }
        }
        return left;
    }

    private static List<InvoiceLine> selectedLines(Invoice invoice, CreditNoteRequest.Lines request) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (InvoiceLine line : invoice.lines()) {
            if (request.lineIds().contains(line.id())) {
                lines.add(line);
            }
        }
        if (lines.size() != request.lineIds().size()) {
            List<String> unknown = new ArrayList<>(request.lineIds());
            invoice.lines().forEach(l -> unknown.remove(l.id()));
            unknown.sort(null);
            throw new ConversionException(ConversionException.INVALID_CREDIT, "request.lineIds",
                    invoice.number().orElseThrow() + " has no line " + unknown);
        }
        return lines;
    }

    private static List<InvoiceLine> amountLines(Invoice invoice, CreditNoteRequest.Amount request, Map<VatRate, Money[]> remaining) {
        if (!request.net().currency().equals(invoice.currency())) {
            throw new io.github.quote2invoice.error.CurrencyMismatchException("request.net", invoice.currency(), request.net().currency());
        }
        List<VatRate> rates = new ArrayList<>(remaining.keySet());
        List<BigDecimal> ratios = new ArrayList<>(rates.size());
        boolean any = false;
        for (VatRate r : rates) {
            Money left = remaining.get(r)[0];
            ratios.add(left.isPositive() ? left.amount() : BigDecimal.ZERO);
            any |= left.isPositive();
        }
        if (!any) {
            throw new ConversionException(ConversionException.INVALID_CREDIT, "request.net",
                    invoice.number().orElseThrow() + " has nothing left to credit");
        }
        List<Money> parts = request.net().allocate(ratios);
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 0; i < rates.size(); i++) {
            if (parts.get(i).isZero()) {
                continue;
            }
            VatRate rate = rates.get(i);
            lines.add(InvoiceLine.builder(String.valueOf(lines.size() + 1), "Avoir sur la facture " + invoice.number().orElseThrow()
                            + " : " + request.reason() + " (" + rate + ")")
                    .quantity(Quantity.units(1)).unitPrice(parts.get(i).amount()).vatRate(rate).nature(natureOf(invoice, rate))
                    .netAmount(parts.get(i)).build());
        }
        return lines;
    }

    private static io.github.quote2invoice.document.LineNature natureOf(Invoice invoice, VatRate rate) {
        for (InvoiceLine l : invoice.lines()) {
            if (l.vatRate().equals(rate) && l.nature() == io.github.quote2invoice.document.LineNature.SERVICES) {
                return l.nature();
            }
        }
        return invoice.lines().stream().filter(l -> l.vatRate().equals(rate)).map(InvoiceLine::nature).findFirst()
                .orElse(io.github.quote2invoice.document.LineNature.SERVICES);
    }

    /** Refuses a credit note taking back more net, per rate, than the invoice has left to credit. */
    private static void requireWithinRemaining(Invoice credit, Map<VatRate, Money[]> remaining, String number) {
        for (VatBreakdown b : credit.totals().vatBreakdown()) {
            Money[] left = remaining.get(b.rate());
            Money leftNet = left == null ? Money.zero(credit.currency()) : left[0];
            if (b.taxableAmount().abs().isGreaterThan(leftNet.abs()) || (b.taxableAmount().signum() * leftNet.signum() < 0)) {
                throw new ConversionException(ConversionException.INVALID_CREDIT, "request",
                        "crediting " + b.taxableAmount() + " at " + b.rate() + " exceeds what " + number + " has left to credit (" + leftNet + ")");
            }
        }
    }
}
