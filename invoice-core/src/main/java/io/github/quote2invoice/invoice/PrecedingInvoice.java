package io.github.quote2invoice.invoice;

import io.github.quote2invoice.internal.Checks;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A reference to an earlier invoice (EN 16931 BG-3): the deposits a final invoice deducts, the invoice
 * a credit note corrects.
 *
 * @param number its number (BT-25)
 * @param issueDate its issue date (BT-26)
 * @param invoiceId its id in this library, when known
 */
public record PrecedingInvoice(String number, LocalDate issueDate, Optional<String> invoiceId) {
    /** Validates presence. */
    public PrecedingInvoice {
        number = Checks.text(number, "number", 50);
        Checks.required(issueDate, "issueDate");
        invoiceId = Checks.optionalText(invoiceId, "invoiceId");
    }
}
