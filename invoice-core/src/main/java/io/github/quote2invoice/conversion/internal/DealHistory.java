package io.github.quote2invoice.conversion.internal;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.conversion.ConversionException;
import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.invoice.DepositDeduction;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.invoice.InvoiceStatus;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.invoice.SourceQuote;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What was already issued for a deal (every revision of one quote number): which plan steps are done,
 * which advances a final invoice must deduct (net of the credit notes on them), and, per quote line
 * and VAT rate, what was billed (for situations and amendments).
 */
final class DealHistory {
    /** A step name that closes a plan: the single invoice. Finals are recognised by their kind. */
    static final String SINGLE_STEP = "invoice";

    private final Currency currency;
    private final List<Invoice> invoices = new ArrayList<>();
    private final Map<String, Invoice> byStep = new HashMap<>();
    private final Map<String, List<Invoice>> creditsByNumber = new HashMap<>();
    private final Set<String> deductedNumbers = new HashSet<>();
    private final List<Anomaly> anomalies = new ArrayList<>();
    private Invoice closing;

    DealHistory(Quote quote, List<Invoice> issued) {
        this.currency = quote.currency();
        Set<String> dealNumbers = new HashSet<>();
        for (int i = 0; i < issued.size(); i++) {
            Invoice inv = issued.get(i);
            Optional<SourceQuote> source = inv.sourceQuote();
            if (source.isPresent() && source.get().number().equals(quote.number())) {
                require(inv, i);
                invoices.add(inv);
                dealNumbers.add(inv.number().orElseThrow());
            }
        }
        // Credit notes made outside the engine belong to the deal through the invoice they correct.
        for (int i = 0; i < issued.size(); i++) {
            Invoice inv = issued.get(i);
            if (inv.kind().isCreditNote() && !invoices.contains(inv) && citesAny(inv, dealNumbers)) {
                require(inv, i);
                invoices.add(inv);
            }
        }
        for (int i = 0; i < invoices.size(); i++) {
            Invoice inv = invoices.get(i);
            if (inv.kind().isCreditNote()) {
                for (PrecedingInvoice p : inv.precedingInvoices()) {
                    creditsByNumber.computeIfAbsent(p.number(), k -> new ArrayList<>()).add(inv);
                }
            }
            for (DepositDeduction d : inv.deductions()) {
                deductedNumbers.add(d.deposit().number());
            }
            if (inv.sourceQuote().isEmpty()) {
                continue;
            }
            // Credit notes register too: an amendment that lowered the price is a credit note.
            String step = inv.sourceQuote().get().planStep();
            Invoice earlier = byStep.putIfAbsent(step, inv);
            if (earlier != null) {
                anomalies.add(Anomaly.error("DUPLICATE_CONVERSION", "issuedInvoices",
                        "plan step '" + step + "' of quote " + quote.number() + " was invoiced twice: " + earlier.number().orElseThrow()
                                + " and " + inv.number().orElseThrow() + "; cancel one with a credit note"));
            }
            if (!inv.kind().isCreditNote() && (inv.kind() == InvoiceKind.FINAL || SINGLE_STEP.equals(step))) {
                closing = closing == null ? inv : closing;
            }
        }
    }

    private void require(Invoice inv, int index) {
        String path = "issuedInvoices[" + index + "]";
        if (!inv.status().isIssued()) {
            throw new ConversionException(ConversionException.INVALID_HISTORY, path + ".status",
                    "invoice " + inv.id() + " is a draft; only issued invoices count as billed");
        }
        if (!inv.currency().equals(currency)) {
            throw new ConversionException(ConversionException.INVALID_HISTORY, path + ".currency",
                    "invoice " + inv.number().orElseThrow() + " is in " + inv.currency() + ", the quote in " + currency);
        }
    }

    private static boolean citesAny(Invoice inv, Set<String> numbers) {
        for (PrecedingInvoice p : inv.precedingInvoices()) {
            if (numbers.contains(p.number())) {
                return true;
            }
        }
        return false;
    }

    /** Anomalies found in the history itself (an invoice made twice for one step). */
    List<Anomaly> anomalies() {
        return anomalies;
    }

    /** The invoice issued for a plan step, in any revision. */
    Optional<Invoice> issued(String step) {
        return Optional.ofNullable(byStep.get(step));
    }

    /** The invoice that billed the whole operation (single or final), if one was issued. */
    Optional<Invoice> closing() {
        return Optional.ofNullable(closing);
    }

    /** True when the invoice of {@code step} is issued and fully paid. */
    boolean paid(String step) {
        Invoice inv = byStep.get(step);
        return inv != null && inv.status() == InvoiceStatus.PAID;
    }

    /** The reference (BG-3) to an issued invoice. */
    static PrecedingInvoice reference(Invoice inv) {
        return new PrecedingInvoice(inv.number().orElseThrow(), inv.issueDate().orElseThrow(), Optional.of(inv.id()));
    }

    /**
     * The advances (deposit and progress invoices) not yet settled by a final invoice, each with its
     * amounts per rate net of the credit notes on it; advances fully cancelled are left out.
     */
    List<DepositDeduction> openAdvances() {
        List<DepositDeduction> result = new ArrayList<>();
        for (Invoice inv : invoices) {
            if ((inv.kind() != InvoiceKind.DEPOSIT && inv.kind() != InvoiceKind.PROGRESS) || deductedNumbers.contains(inv.number().orElseThrow())) {
                continue;
            }
            Map<VatRate, Money[]> perRate = new LinkedHashMap<>();
            for (VatBreakdown b : inv.totals().vatBreakdown()) {
                add(perRate, b, 1);
            }
            for (Invoice credit : creditsByNumber.getOrDefault(inv.number().orElseThrow(), List.of())) {
                for (VatBreakdown b : credit.totals().vatBreakdown()) {
                    add(perRate, b, -1);
                }
            }
            List<VatBreakdown> amounts = new ArrayList<>(perRate.size());
            for (Map.Entry<VatRate, Money[]> e : perRate.entrySet()) {
                if (!e.getValue()[0].isZero() || !e.getValue()[1].isZero()) {
                    amounts.add(new VatBreakdown(e.getKey(), e.getValue()[0], e.getValue()[1]));
                }
            }
            if (!amounts.isEmpty()) {
                result.add(new DepositDeduction(reference(inv), amounts));
            }
        }
        return result;
    }

    private void add(Map<VatRate, Money[]> perRate, VatBreakdown b, int sign) {
        Money[] m = perRate.computeIfAbsent(b.rate(), r -> new Money[] {Money.zero(currency), Money.zero(currency)});
        m[0] = sign > 0 ? m[0].plus(b.taxableAmount()) : m[0].minus(b.taxableAmount());
        m[1] = sign > 0 ? m[1].plus(b.taxAmount()) : m[1].minus(b.taxAmount());
    }

    /**
     * What was billed per quote line and VAT rate: lines of the invoices not settled by a final (a
     * final's lines carry the whole operation and replace the advances it deducts), minus the lines
     * of credit notes. Deposits bill no line: they are advances.
     */
    Billed billed() {
        Billed billed = new Billed(currency);
        for (Invoice inv : invoices) {
            boolean credit = inv.kind().isCreditNote();
            if (inv.kind() == InvoiceKind.DEPOSIT || inv.kind() == InvoiceKind.DEPOSIT_CREDIT_NOTE
                    || (!credit && deductedNumbers.contains(inv.number().orElseThrow()))) {
                continue;
            }
            if (credit && citesOnly(inv, deductedNumbers)) {
                continue;
            }
            for (InvoiceLine line : inv.lines()) {
                if (line.sourceLineId().isPresent()) {
                    billed.addLine(line, credit);
                }
            }
            for (AllowanceCharge ac : inv.allowancesCharges()) {
                billed.addAllowanceCharge(ac, credit);
            }
        }
        return billed;
    }

    private static boolean citesOnly(Invoice credit, Set<String> numbers) {
        for (PrecedingInvoice p : credit.precedingInvoices()) {
            if (!numbers.contains(p.number())) {
                return false;
            }
        }
        return true;
    }

    /** What was billed per quote line (and rate) and per rate for document allowances and charges. */
    static final class Billed {
        private final Currency currency;
        /** line id -> rate -> net billed. */
        final Map<String, Map<VatRate, Money>> lines = new LinkedHashMap<>();
        /** line id -> the last line billed for it (designation, nature). */
        final Map<String, InvoiceLine> samples = new HashMap<>();
        /** line id -> highest completion billed, in percent. */
        final Map<String, BigDecimal> percent = new HashMap<>();
        /** rate -> signed allowances and charges billed. */
        final Map<VatRate, Money> allowancesCharges = new LinkedHashMap<>();

        Billed(Currency currency) {
            this.currency = currency;
        }

        void addLine(InvoiceLine line, boolean credit) {
            String id = line.sourceLineId().orElseThrow();
            Money net = credit ? line.netAmount().negated() : line.netAmount();
            lines.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(line.vatRate(), net, Money::plus);
            samples.put(id, line);
            if (!credit) {
                BigDecimal p = line.progress().map(d -> d.cumulativePercent()).orElse(BigDecimal.valueOf(100));
                percent.merge(id, p, BigDecimal::max);
            }
        }

        void addAllowanceCharge(AllowanceCharge ac, boolean credit) {
            Money signed = credit ? ac.signedAmount().negated() : ac.signedAmount();
            allowancesCharges.merge(ac.vatRate(), signed, Money::plus);
        }

        /** The net billed for a line, all rates together. */
        Money netOf(String lineId) {
            Money sum = Money.zero(currency);
            for (Money m : lines.getOrDefault(lineId, Map.of()).values()) {
                sum = sum.plus(m);
            }
            return sum;
        }

        /** The completion billed for a line, 0 when never billed. */
        BigDecimal percentOf(String lineId) {
            return percent.getOrDefault(lineId, BigDecimal.ZERO);
        }
    }
}
