package io.github.quote2invoice.receivable;

import io.github.quote2invoice.internal.Checks;

import java.util.Optional;

/**
 * What the matcher decided for one bank statement line.
 *
 * @param line the line
 * @param invoiceId the invoice it pays, or empty when a person must decide
 * @param rule how it was matched, or why not
 * @param detail a short human explanation
 */
public record TransferMatch(BankStatementLine line, Optional<String> invoiceId, Rule rule, String detail) {
    /** How a line was matched, or why it was not. */
    public enum Rule {
        /** Its remittance information carries the invoice's ISO 11649 creditor reference. */
        REFERENCE,
        /** Its amount is exactly what one open invoice of a buyer with a matching name still asks. */
        AMOUNT_AND_NAME,
        /** No open invoice fits: kept for a person. */
        UNMATCHED,
        /** Several open invoices fit equally: kept for a person. */
        AMBIGUOUS,
        /** The line was imported before (its payment is in the ledger): nothing recorded again. */
        ALREADY_RECORDED
    }

    /** Validates presence. */
    public TransferMatch {
        Checks.required(line, "line");
        invoiceId = Checks.optionalText(invoiceId, "invoiceId");
        Checks.required(rule, "rule");
        detail = Checks.text(detail, "detail");
    }

    /** True when matched to an invoice. */
    public boolean isMatched() {
        return invoiceId.isPresent();
    }
}
