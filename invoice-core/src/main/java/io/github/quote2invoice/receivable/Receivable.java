package io.github.quote2invoice.receivable;

import io.github.quote2invoice.payment.CreditorReference;
import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Party;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * What an issued invoice asks the buyer to pay, as the {@link PaymentLedger} tracks it: the amount
 * due when it was issued (EN 16931 BT-115), its due date, who owes it and the reference a transfer
 * should quote.
 *
 * @param invoiceId the invoice's id
 * @param invoiceNumber the invoice's number
 * @param buyerId a stable key of the buyer ({@link #buyerIdOf(Party)})
 * @param buyerName the buyer's name, used to recognise transfers
 * @param amount the amount due at issue, zero or more
 * @param issueDate the issue date
 * @param dueDate the due date, not before the issue date
 * @param reference the ISO 11649 reference a transfer should quote, when the number allows one
 */
public record Receivable(String invoiceId, String invoiceNumber, String buyerId, String buyerName, Money amount, LocalDate issueDate,
                         LocalDate dueDate, Optional<CreditorReference> reference) {
    /** Validates every part. */
    public Receivable {
        invoiceId = Checks.text(invoiceId, "invoiceId", 100);
        invoiceNumber = Checks.text(invoiceNumber, "invoiceNumber", 100);
        buyerId = Checks.text(buyerId, "buyerId", 200);
        buyerName = Checks.text(buyerName, "buyerName", 200);
        Checks.required(amount, "amount");
        Checks.check(!amount.isNegative(), ErrorCodes.OUT_OF_RANGE, "amount", "must not be negative, was " + amount);
        Checks.required(issueDate, "issueDate");
        Checks.required(dueDate, "dueDate");
        Checks.check(!dueDate.isBefore(issueDate), ErrorCodes.INCONSISTENT, "dueDate", "is before the issue date " + issueDate);
        reference = Checks.optional(reference);
    }

    /**
     * The receivable of an issued invoice (not a credit note): its amount due (BT-115), due date and
     * remittance reference - the one its payment instructions carry when that is an RF reference,
     * else one made from its number ({@link CreditorReference#fromDocumentNumber}) when the number allows.
     *
     * @throws io.github.quote2invoice.error.InvalidValueException {@code ILLEGAL_STATE} for a draft or a credit note
     */
    public static Receivable of(Invoice invoice) {
        Checks.required(invoice, "invoice");
        Checks.check(!invoice.isDraft(), ErrorCodes.ILLEGAL_STATE, "invoice", "invoice " + invoice.id() + " is a draft; only issued invoices are due");
        Checks.check(!invoice.kind().isCreditNote(), ErrorCodes.ILLEGAL_STATE, "invoice",
                "invoice " + invoice.id() + " is a credit note; apply it with PaymentLedger.applyCreditNote");
        String number = invoice.number().orElseThrow();
        LocalDate issued = invoice.issueDate().orElseThrow();
        return new Receivable(invoice.id(), number, buyerIdOf(invoice.buyer()), invoice.buyer().name(), invoice.totals().amountDue(), issued,
                invoice.dueDate().orElse(issued), BankTransfers.optionalReferenceOf(invoice));
    }

    /**
     * A stable key for a buyer: its SIREN, else its VAT number, else its name in upper case. Used to
     * keep each buyer's credit balance apart.
     */
    public static String buyerIdOf(Party buyer) {
        Checks.required(buyer, "buyer");
        if (buyer.siren().isPresent()) {
            return "SIREN:" + buyer.siren().get().value();
        }
        if (buyer.vatId().isPresent()) {
            return "VAT:" + buyer.vatId().get().value();
        }
        return "NAME:" + buyer.name().toUpperCase(Locale.ROOT);
    }
}
