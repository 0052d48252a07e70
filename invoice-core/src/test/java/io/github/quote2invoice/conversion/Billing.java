package io.github.quote2invoice.conversion;

import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceStatus;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test helper: plays a plan to its end (convert, issue, pay, convert again) and sums what was billed. */
final class Billing {
    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private Billing() {
    }

    /** Issues a draft with a number derived from its position. */
    static Invoice issue(Invoice draft, int sequence) {
        String prefix = draft.kind().isCreditNote() ? "AV-2026-" : "FA-2026-";
        return draft.issue(prefix + String.format("%05d", sequence), DAY);
    }

    /** Issues and marks paid. */
    static Invoice issuePaid(Invoice draft, int sequence) {
        return issue(draft, sequence).withPaymentStatus(InvoiceStatus.PAID);
    }

    /**
     * Converts, issues (and pays) every draft, and converts again until nothing more is drafted,
     * with every event of {@code events} reached. Returns every invoice issued, in order.
     */
    static List<Invoice> playToEnd(ConversionEngine engine, Quote quote, BillingPlan plan, List<Invoice> history, Set<String> events) {
        List<Invoice> issued = new ArrayList<>(history);
        for (int round = 0; round < 50; round++) {
            ConversionResult r = engine.convert(quote, plan, ConversionContext.on(DAY).issuedInvoices(issued).reachedEvents(events).withoutLegalRules().checks(java.util.List.of()).build());
            if (r.invoices().isEmpty()) {
                return issued;
            }
            for (Invoice d : r.invoices()) {
                issued.add(issuePaid(d, issued.size() + 1));
            }
        }
        throw new AssertionError("plan did not finish in 50 rounds");
    }

    /** Per VAT rate, {taxable, VAT} summed over invoices (credit notes subtracted). */
    static Map<VatRate, Money[]> perRate(List<Invoice> invoices, Money zero) {
        Map<VatRate, Money[]> sums = new LinkedHashMap<>();
        for (Invoice inv : invoices) {
            int sign = inv.kind().isCreditNote() ? -1 : 1;
            for (VatBreakdown b : inv.totals().vatBreakdown()) {
                Money[] m = sums.computeIfAbsent(b.rate(), r -> new Money[] {zero, zero});
                m[0] = sign > 0 ? m[0].plus(b.taxableAmount()) : m[0].minus(b.taxableAmount());
                m[1] = sign > 0 ? m[1].plus(b.taxAmount()) : m[1].minus(b.taxAmount());
            }
        }
        sums.values().removeIf(m -> m[0].isZero() && m[1].isZero());
        return sums;
    }

    /** The quote's breakdown as the same map. */
    static Map<VatRate, Money[]> perRate(Quote quote) {
        Map<VatRate, Money[]> sums = new LinkedHashMap<>();
        for (VatBreakdown b : quote.totals().vatBreakdown()) {
            if (!b.taxableAmount().isZero() || !b.taxAmount().isZero()) {
                sums.put(b.rate(), new Money[] {b.taxableAmount(), b.taxAmount()});
            }
        }
        return sums;
    }

    /** A map rendered comparably ("S 20 %=[100.00, 20.00]"). */
    static Map<VatRate, List<Money>> comparable(Map<VatRate, Money[]> m) {
        Map<VatRate, List<Money>> r = new LinkedHashMap<>();
        m.forEach((k, v) -> r.put(k, List.of(v)));
        return r;
    }
}
