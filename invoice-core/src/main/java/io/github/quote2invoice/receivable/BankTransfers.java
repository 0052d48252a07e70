package io.github.quote2invoice.receivable;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.BankAccount;
import io.github.quote2invoice.payment.CreditorReference;
import io.github.quote2invoice.payment.EpcQrPayload;
import io.github.quote2invoice.payment.PaymentInstructions;
import io.github.quote2invoice.payment.PaymentMeans;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Bank transfer instructions for an invoice: the seller's account (IBAN checked mod 97 and BIC
 * checked for form when the account was built), the invoice's ISO 11649 creditor reference and the
 * EPC QR payload the renderer prints.
 */
public final class BankTransfers {
    private BankTransfers() {
    }

    /**
     * The creditor reference of an issued invoice: the RF reference its payment instructions carry,
     * else the one made from its number.
     *
     * @throws io.github.quote2invoice.error.InvalidValueException {@code ILLEGAL_STATE} for a draft;
     *         {@code INVALID_FORMAT} when the number has more than 21 letters and digits
     */
    public static CreditorReference referenceOf(Invoice invoice) {
        Checks.required(invoice, "invoice");
        Checks.check(!invoice.isDraft(), ErrorCodes.ILLEGAL_STATE, "invoice", "a draft has no number to make a reference from");
        // fromDocumentNumber explains why when the number cannot make a reference.
        return optionalReferenceOf(invoice).orElseGet(() -> CreditorReference.fromDocumentNumber(invoice.number().orElseThrow()));
    }

    /** {@link #referenceOf} for an issued invoice, or empty when its number cannot make a reference. */
    static Optional<CreditorReference> optionalReferenceOf(Invoice invoice) {
        Optional<String> given = invoice.paymentInstructions().remittanceReference();
        if (given.isPresent() && CreditorReference.isValid(given.get())) {
            return Optional.of(CreditorReference.parse(given.get()));
        }
        String base = invoice.number().orElseThrow().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return base.isEmpty() || base.length() > CreditorReference.MAX_BASE_LENGTH ? Optional.empty()
                : Optional.of(CreditorReference.of(base));
    }

    /**
     * The seller's account, required for a transfer.
     *
     * @throws io.github.quote2invoice.error.InvalidValueException {@code REQUIRED} at {@code seller.bankAccount}
     */
    public static BankAccount sellerAccount(Invoice invoice) {
        return Checks.required(invoice, "invoice").seller().bankAccount().orElseThrow(() ->
                new io.github.quote2invoice.error.InvalidValueException(ErrorCodes.REQUIRED, "seller.bankAccount",
                        "the seller has no bank account to be paid by transfer"));
    }

    /**
     * The invoice's payment instructions with a SEPA credit transfer to the seller's account (first,
     * before the means already there, which are kept) and the creditor reference as remittance
     * reference (BT-83). Put them on the draft before issuing with the number it will get, or build the
     * reference from the number first.
     *
     * @param invoice the invoice (its seller must have a bank account)
     * @param reference the reference to quote
     */
    public static PaymentInstructions instructions(Invoice invoice, CreditorReference reference) {
        Checks.required(reference, "reference");
        BankAccount account = sellerAccount(invoice);
        List<PaymentMeans> means = new ArrayList<>();
        means.add(new PaymentMeans.CreditTransfer(account.iban(), account.bic(), account.holder()));
        for (PaymentMeans m : invoice.paymentInstructions().means()) {
            if (!(m instanceof PaymentMeans.CreditTransfer)) {
                means.add(m);
            }
        }
        return new PaymentInstructions(means, Optional.of(reference.value()));
    }

    /**
     * The EPC QR payload to print on issued invoice {@code invoice} for {@code amountDue} (in EUR): the
     * seller's name (or account holder), IBAN, BIC when known, the amount and the creditor reference.
     *
     * @throws io.github.quote2invoice.error.InvalidValueException when the seller has no account, the
     *         amount is not in EUR or outside the EPC range, or the number cannot make a reference
     */
    public static EpcQrPayload epcQrPayload(Invoice invoice, Money amountDue) {
        return EpcQrPayload.of(invoice.seller().name(), sellerAccount(invoice), amountDue, referenceOf(invoice));
    }
}
