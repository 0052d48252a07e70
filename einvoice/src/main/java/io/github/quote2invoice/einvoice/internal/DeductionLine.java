package io.github.quote2invoice.einvoice.internal;

import io.github.quote2invoice.invoice.DepositDeduction;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.SettlementStyle;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;

import java.util.ArrayList;
import java.util.List;

/**
 * A deposit deducted on a final invoice, as the XML line it becomes in the deduction-lines settlement
 * style: quantity -1, net price = the deposit's taxable amount of one VAT rate, so the line net is
 * negative and the VAT breakdown (taken as stored in the invoice's totals) subtracts the deposit's VAT.
 *
 * @param lineId the XML line id (BT-126), {@code DEP-<deposit>-<rate>}, unique in the document
 * @param deposit the deduction it comes from
 * @param amounts the taxable amount and VAT of one rate of that deposit
 */
public record DeductionLine(String lineId, DepositDeduction deposit, VatBreakdown amounts) {
    /** Prefix of every deduction line id: the readers recognise deduction lines by it. */
    public static final String ID_PREFIX = "DEP-";

    /** The line net: minus the deposit's taxable amount. */
    public Money net() {
        return amounts.taxableAmount().negated();
    }

    /** The VAT rate. */
    public VatRate rate() {
        return amounts.rate();
    }

    /** The French designation, citing the deposit invoice: "Déduction de l'acompte FA-2026-0001 du 2026-11-10". */
    public String designation() {
        return "Déduction de l'acompte " + deposit.deposit().number() + " du " + deposit.deposit().issueDate();
    }

    /** The deduction lines of {@code invoice}: none unless it settles deposits by deduction lines. */
    public static List<DeductionLine> of(Invoice invoice) {
        if (invoice.settlement() != SettlementStyle.DEDUCTION_LINES) {
            return List.of();
        }
        List<DeductionLine> out = new ArrayList<>();
        for (int d = 0; d < invoice.deductions().size(); d++) {
            DepositDeduction dd = invoice.deductions().get(d);
            for (int r = 0; r < dd.amounts().size(); r++) {
                out.add(new DeductionLine(ID_PREFIX + (d + 1) + "-" + (r + 1), dd, dd.amounts().get(r)));
            }
        }
        return out;
    }
}
