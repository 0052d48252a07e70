package io.github.quote2invoice.check.internal;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.check.AnomalyCodes;
import io.github.quote2invoice.check.InvoiceCheck;
import io.github.quote2invoice.document.DueDateRule;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.party.PartyType;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * French payment deadlines between professionals (Code de commerce L441-10 I): at most {@code netDays}
 * (60) days after the invoice date, or {@code endOfMonthDays} (45) days end of month when so stipulated;
 * public buyers pay within {@code publicDays} (30) days (Code de la commande publique R2192-10). Applies
 * when the seller is in France and the buyer is not a consumer; credit notes are not checked. Checks the
 * due-date rule and, once issued, the due date itself (end of month counted either way the practice
 * allows: 45 days then end of month, or end of month then 45 days). Not API.
 */
public final class PaymentTermCheck implements InvoiceCheck {
    private final int netDays;
    private final int endOfMonthDays;
    private final int publicDays;

    /**
     * @param netDays longest net term, days after the invoice date
     * @param endOfMonthDays longest "end of month" term
     * @param publicDays longest term for public buyers
     */
    public PaymentTermCheck(int netDays, int endOfMonthDays, int publicDays) {
        this.netDays = netDays;
        this.endOfMonthDays = endOfMonthDays;
        this.publicDays = publicDays;
    }

    @Override
    public List<Anomaly> check(Invoice draft) {
        List<Anomaly> out = new ArrayList<>();
        if (!"FR".equals(draft.seller().address().countryCode()) || !draft.buyer().isBusiness() || draft.kind().isCreditNote()) {
            return out;
        }
        boolean publicBuyer = draft.buyer().type() == PartyType.PUBLIC_BODY;
        DueDateRule rule = draft.paymentTerms().dueDateRule();
        int limit = publicBuyer ? publicDays : rule.endOfMonth() ? endOfMonthDays : netDays;
        if (rule.days() > limit || (publicBuyer && rule.endOfMonth())) {
            out.add(Anomaly.error(AnomalyCodes.PAYMENT_TERM_TOO_LONG, "paymentTerms.dueDateRule", "a term of " + rule.days() + " days"
                    + (rule.endOfMonth() ? " end of month" : "") + " exceeds the legal maximum of " + limit + " days"
                    + (publicBuyer ? " for a public buyer" : rule.endOfMonth() ? " end of month" : "")));
        }
        if (draft.issueDate().isPresent() && draft.dueDate().isPresent()) {
            LocalDate issued = draft.issueDate().get();
            LocalDate latest = publicBuyer ? issued.plusDays(publicDays) : latest(issued, rule.endOfMonth());
            if (draft.dueDate().get().isAfter(latest)) {
                out.add(Anomaly.error(AnomalyCodes.PAYMENT_TERM_TOO_LONG, "dueDate", "due date " + draft.dueDate().get()
                        + " is after the legal limit " + latest + " for an invoice issued on " + issued));
            }
        }
        return out;
    }

    private LocalDate latest(LocalDate issued, boolean endOfMonth) {
        LocalDate net = issued.plusDays(netDays);
        if (!endOfMonth) {
            return net;
        }
        LocalDate thenEnd = issued.plusDays(endOfMonthDays).with(TemporalAdjusters.lastDayOfMonth());
        LocalDate endThen = issued.with(TemporalAdjusters.lastDayOfMonth()).plusDays(endOfMonthDays);
        LocalDate eom = thenEnd.isAfter(endThen) ? thenEnd : endThen;
        return eom.isAfter(net) ? eom : net;
    }
}
