package io.github.quote2invoice.receivable.sepa;

import io.github.quote2invoice.error.CurrencyMismatchException;
import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Bic;
import io.github.quote2invoice.payment.CreditorReference;
import io.github.quote2invoice.payment.PaymentMeans;

import java.util.Currency;
import java.util.Optional;

/**
 * One collection in a direct debit batch: what to take from which debtor under which mandate, for
 * which invoice.
 *
 * @param endToEndId the id that comes back with the collection and its returns (the invoice number in EPC characters)
 * @param invoiceId the invoice it pays
 * @param amount the amount, EUR, 0.01 to 999 999 999.99
 * @param mandate the mandate: UMR, creditor identifier, debtor IBAN, signature date
 * @param debtorName the debtor's name, at most 70 EPC characters
 * @param debtorBic the debtor's bank, optional in SEPA
 * @param reference the structured creditor reference, optional
 * @param remittanceText the unstructured remittance text (used when there is no reference), at most 140 characters
 * @param sequenceType FRST, RCUR, FNAL or OOFF
 */
public record DirectDebitCollection(String endToEndId, String invoiceId, Money amount, PaymentMeans.DirectDebit mandate, String debtorName,
                                    Optional<Bic> debtorBic, Optional<CreditorReference> reference, String remittanceText,
                                    SequenceType sequenceType) {
    private static final Currency EUR = Currency.getInstance("EUR");

    /** Validates every part against the EPC rules. */
    public DirectDebitCollection {
        endToEndId = SepaText.identifier(endToEndId, "endToEndId");
        invoiceId = Checks.text(invoiceId, "invoiceId", 100);
        Checks.required(amount, "amount");
        if (!amount.currency().equals(EUR)) {
            throw new CurrencyMismatchException("amount", EUR, amount.currency());
        }
        Checks.check(amount.isPositive() && amount.amount().compareTo(new java.math.BigDecimal("999999999.99")) <= 0,
                ErrorCodes.OUT_OF_RANGE, "amount", "must be from EUR 0.01 to EUR 999999999.99, was " + amount);
        Checks.required(mandate, "mandate");
        SepaText.identifier(mandate.mandateReference(), "mandate.mandateReference");
        SepaText.creditorId(mandate.creditorId(), "mandate.creditorId");
        debtorName = SepaText.latin(debtorName, 70);
        debtorBic = Checks.optional(debtorBic);
        reference = Checks.optional(reference);
        remittanceText = SepaText.latin(remittanceText, 140);
        Checks.required(sequenceType, "sequenceType");
    }
}
