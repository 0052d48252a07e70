package io.github.quote2invoice.render.pdf;

import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.BankAccount;
import io.github.quote2invoice.payment.CreditorReference;
import io.github.quote2invoice.payment.EpcQrPayload;
import io.github.quote2invoice.payment.PaymentMeans;

import java.util.Optional;

/**
 * The text of the payment QR code printed on an invoice: for a SEPA transfer, the EPC069-12
 * payload (the "QR SEPA" / "GiroCode" a banking app scans). Empty when the invoice should have none.
 */
@FunctionalInterface
public interface PaymentQrPayload {
    /** No QR code on any invoice. */
    PaymentQrPayload NONE = invoice -> Optional.empty();

    /**
     * The default: an EPC069-12 code (version 002) when the invoice accepts a transfer, is in euros,
     * is not a credit note and has an amount due; it carries the seller's account, the amount due
     * and the remittance reference (structured when it is an ISO 11649 RF reference, as text otherwise).
     */
    PaymentQrPayload EPC_TRANSFER = invoice -> {
        Money due = invoice.totals().amountDue();
        if (invoice.kind().isCreditNote() || !"EUR".equals(due.currency().getCurrencyCode()) || !due.isPositive()) {
            return Optional.empty();
        }
        Optional<PaymentMeans.CreditTransfer> transfer = invoice.paymentInstructions().means().stream()
                .filter(PaymentMeans.CreditTransfer.class::isInstance).map(PaymentMeans.CreditTransfer.class::cast).findFirst();
        if (transfer.isEmpty()) {
            return Optional.empty();
        }
        PaymentMeans.CreditTransfer t = transfer.get();
        String name = t.accountName().orElse(invoice.seller().name());
        Optional<String> reference = invoice.paymentInstructions().remittanceReference();
        if (reference.isPresent() && CreditorReference.isValid(reference.get())) {
            return Optional.of(EpcQrPayload.of(name, new BankAccount(t.iban(), t.bic(), t.accountName()), due,
                    CreditorReference.parse(reference.get())).text());
        }
        Optional<String> text = reference.or(invoice::number);
        return Optional.of(new EpcQrPayload(EpcQrPayload.Version.V002, name.length() > 70 ? name.substring(0, 70) : name, t.iban(),
                t.bic(), Optional.of(due), Optional.empty(), Optional.empty(), text, Optional.empty()).text());
    };

    /** The payload for {@code invoice}, or empty for no QR code. */
    Optional<String> payload(Invoice invoice);
}
