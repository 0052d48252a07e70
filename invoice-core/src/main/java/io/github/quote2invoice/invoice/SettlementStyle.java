package io.github.quote2invoice.invoice;

/** How a final invoice settles the deposits already invoiced. */
public enum SettlementStyle {
    /**
     * One negative line per deposit and VAT rate: the final invoice's taxable amounts and VAT are the
     * operation minus the deposits, so deposits + final = the quote per VAT rate, to the cent.
     */
    DEDUCTION_LINES,
    /**
     * The final invoice carries the whole operation's VAT; the deposits paid (net of deposit credit
     * notes) go to the prepaid amount (BT-113) and reduce only the amount due.
     */
    PREPAID_AMOUNT
}
