package io.github.quote2invoice.check.internal;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.check.AnomalyCodes;
import io.github.quote2invoice.check.InvoiceCheck;
import io.github.quote2invoice.document.Totals;
import io.github.quote2invoice.document.TotalsCalculator;
import io.github.quote2invoice.error.Quote2InvoiceException;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.money.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Stored figures that disagree with the lines: each total against {@link Invoice#computeTotals()}, and
 * optionally each line net against quantity x unit price - discount (progress lines, whose net is the
 * situation's instalment, are skipped). Not API.
 */
public final class TotalsCheck implements InvoiceCheck {
    private final boolean lineNets;

    /** @param lineNets whether line nets are checked too */
    public TotalsCheck(boolean lineNets) {
        this.lineNets = lineNets;
    }

    @Override
    public List<Anomaly> check(Invoice draft) {
        List<Anomaly> out = new ArrayList<>();
        Totals stored = draft.totals();
        Totals computed;
        try {
            computed = draft.computeTotals();
        } catch (Quote2InvoiceException e) {
            out.add(Anomaly.error(AnomalyCodes.TOTALS_MISMATCH, "totals", "the totals cannot be recomputed from the lines: " + e.getMessage()));
            return out;
        }
        compare(out, stored, computed, "lineTotal", Totals::lineTotal);
        compare(out, stored, computed, "allowanceTotal", Totals::allowanceTotal);
        compare(out, stored, computed, "chargeTotal", Totals::chargeTotal);
        compare(out, stored, computed, "taxExclusive", Totals::taxExclusive);
        compare(out, stored, computed, "vatTotal", Totals::vatTotal);
        compare(out, stored, computed, "taxInclusive", Totals::taxInclusive);
        compare(out, stored, computed, "prepaid", Totals::prepaid);
        compare(out, stored, computed, "amountDue", Totals::amountDue);
        if (!stored.vatBreakdown().equals(computed.vatBreakdown())) {
            out.add(Anomaly.error(AnomalyCodes.TOTALS_MISMATCH, "totals.vatBreakdown",
                    "the VAT breakdown " + stored.vatBreakdown() + " differs from the lines' " + computed.vatBreakdown()));
        }
        if (lineNets) {
            checkLines(draft, out);
        }
        return out;
    }

    private static void compare(List<Anomaly> out, Totals stored, Totals computed, String field, Function<Totals, Money> get) {
        if (!get.apply(stored).equals(get.apply(computed))) {
            out.add(Anomaly.error(AnomalyCodes.TOTALS_MISMATCH, "totals." + field,
                    field + " is " + get.apply(stored) + " but the lines give " + get.apply(computed)));
        }
    }

    private static void checkLines(Invoice draft, List<Anomaly> out) {
        TotalsCalculator calc = new TotalsCalculator(draft.rounding());
        for (int i = 0; i < draft.lines().size(); i++) {
            InvoiceLine line = draft.lines().get(i);
            if (line.progress().isPresent()) {
                continue;
            }
            String path = "lines[" + i + "].netAmount";
            try {
                Money expected = calc.lineAmounts(line, draft.currency()).net();
                if (!expected.equals(line.netAmount())) {
                    out.add(Anomaly.error(AnomalyCodes.LINE_NET_MISMATCH, path, "net " + line.netAmount() + " but " + line.quantity()
                            + " x " + line.unitPrice().toPlainString() + " less discount gives " + expected));
                }
            } catch (Quote2InvoiceException e) {
                out.add(Anomaly.error(AnomalyCodes.LINE_NET_MISMATCH, path, "the line cannot be priced: " + e.getMessage()));
            }
        }
    }
}
