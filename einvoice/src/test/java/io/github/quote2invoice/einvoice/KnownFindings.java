package io.github.quote2invoice.einvoice;

import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.SettlementStyle;

import java.util.List;

/**
 * The few validator warnings the tests accept, each for a stated reason that no writer change can
 * remove. Errors are never accepted.
 */
final class KnownFindings {
    private KnownFindings() {
    }

    /** {@code findings} minus the accepted warnings for {@code invoice}. */
    static List<Finding> unexpected(Invoice invoice, List<Finding> findings) {
        return findings.stream().filter(f -> f.isError() || !accepted(invoice, f)).toList();
    }

    private static boolean accepted(Invoice inv, Finding f) {
        // CII requires ApplicableHeaderTradeDelivery (XSD) even when there is nothing to deliver
        // (a deposit invoice); the Factur-X schematron then warns that it is empty.
        if (f.text().contains("PEPPOL-EN16931-R008") && f.location().contains("ApplicableHeaderTradeDelivery")
                && inv.deliveryDate().isEmpty() && inv.deliveryAddress().isEmpty()) {
            return true;
        }
        // Mustang's own arithmetic check (not an EN 16931 rule) recomputes VAT with 2 decimals
        // whatever the currency (JPY has 0), and recomputes the VAT of deducted deposits instead of
        // taking the VAT the deposit invoices settled (BR-CO-17 itself accepts both, within its tolerance).
        return f.validator().equals("Mustang") && f.text().startsWith("Arithmetical issue")
                && (inv.currency().getDefaultFractionDigits() != 2
                    || inv.settlement() == SettlementStyle.DEDUCTION_LINES && !inv.deductions().isEmpty());
    }
}
