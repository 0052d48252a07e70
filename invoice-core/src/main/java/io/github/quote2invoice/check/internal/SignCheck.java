package io.github.quote2invoice.check.internal;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.check.AnomalyCodes;
import io.github.quote2invoice.check.InvoiceCheck;
import io.github.quote2invoice.check.Severity;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.money.Money;

import java.util.ArrayList;
import java.util.List;

/**
 * Totals of the wrong sign for the kind of document. Credit notes carry positive amounts (their type
 * says they are owed back), so every kind must total above zero, except that an ordinary or progress
 * invoice at zero is only suspicious, and a final invoice may be fully settled by its deposits
 * (amount due zero) but never owe the buyer (amount due below zero: a credit note is needed). Not API.
 */
public final class SignCheck implements InvoiceCheck {
    @Override
    public List<Anomaly> check(Invoice draft) {
        List<Anomaly> out = new ArrayList<>();
        Money total = draft.totals().taxInclusive();
        String kind = draft.kind().name();
        if (total.isNegative()) {
            out.add(Anomaly.error(AnomalyCodes.TOTAL_NEGATIVE, "totals.taxInclusive", kind + " totals " + total
                    + (draft.kind().isCreditNote() ? ": a credit note carries positive amounts" : ": issue a credit note instead")));
        } else if (total.isZero()) {
            Severity s = switch (draft.kind()) {
                case STANDARD, PROGRESS -> Severity.WARNING;
                case FINAL -> Severity.INFO;
                case DEPOSIT, CREDIT_NOTE, DEPOSIT_CREDIT_NOTE -> Severity.ERROR;
            };
            out.add(new Anomaly(AnomalyCodes.TOTAL_ZERO, s, "totals.taxInclusive", kind + " totals zero"));
        }
        Money due = draft.totals().amountDue();
        if (draft.kind() == InvoiceKind.FINAL && !total.isNegative()) {
            if (due.isNegative()) {
                out.add(Anomaly.error(AnomalyCodes.TOTAL_NEGATIVE, "totals.amountDue",
                        "the deposits exceed the final invoice: amount due " + due + "; refund with a deposit credit note"));
            } else if (due.isZero() && !total.isZero()) {
                out.add(Anomaly.info(AnomalyCodes.TOTAL_ZERO, "totals.amountDue", "the deposits settle the whole final invoice"));
            }
        }
        return out;
    }
}
