package io.github.quote2invoice.receivable;

import io.github.quote2invoice.error.CurrencyMismatchException;
import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Contact;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.payment.PaymentRequest;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Builds the {@link PaymentRequest} for an issued invoice. */
public final class InvoicePaymentRequests {
    private InvoicePaymentRequests() {
    }

    /**
     * The request to collect what the ledger says invoice {@code invoice} still asks.
     *
     * @throws PaymentLedgerException {@code UNKNOWN_INVOICE} when not registered
     * @throws io.github.quote2invoice.error.InvalidValueException {@code OUT_OF_RANGE} when nothing is due
     */
    public static PaymentRequest forInvoice(Invoice invoice, PaymentLedger ledger, List<PaymentMethod> methods, URI successUrl,
                                            URI cancelUrl) {
        Checks.required(ledger, "ledger");
        return forInvoice(invoice, ledger.amountDue(Checks.required(invoice, "invoice").id()), methods, successUrl, cancelUrl);
    }

    /**
     * The request to collect {@code amountDue} for issued invoice {@code invoice}: description
     * "Facture &lt;number&gt;", metadata with the invoice id and number, the buyer's e-mail, and the
     * idempotency key {@code q2i-<invoiceId>-<amount in minor units>} (the same invoice and amount
     * always give the same key, so a retried creation never makes a second page).
     *
     * @throws io.github.quote2invoice.error.InvalidValueException {@code ILLEGAL_STATE} for a draft or a
     *         credit note; {@code OUT_OF_RANGE} when the amount is not above zero or above the invoice's amount due
     */
    public static PaymentRequest forInvoice(Invoice invoice, Money amountDue, List<PaymentMethod> methods, URI successUrl, URI cancelUrl) {
        Checks.required(invoice, "invoice");
        Checks.required(amountDue, "amountDue");
        Checks.check(!invoice.isDraft() && !invoice.kind().isCreditNote(), ErrorCodes.ILLEGAL_STATE, "invoice",
                "invoice " + invoice.id() + " is not an issued invoice; only those can be paid");
        if (!amountDue.currency().equals(invoice.currency())) {
            throw new CurrencyMismatchException("amountDue", invoice.currency(), amountDue.currency());
        }
        Checks.check(amountDue.isPositive(), ErrorCodes.OUT_OF_RANGE, "amountDue", "nothing is due on invoice " + invoice.number().orElseThrow());
        Checks.check(!amountDue.isGreaterThan(invoice.totals().amountDue()), ErrorCodes.OUT_OF_RANGE, "amountDue",
                amountDue + " is more than the invoice's amount due " + invoice.totals().amountDue());
        String number = invoice.number().orElseThrow();
        return new PaymentRequest(invoice.id(), number, amountDue, "Facture " + number, Map.of(),
                "q2i-" + invoice.id() + "-" + amountDue.minorUnits(), methods,
                invoice.buyer().contact().flatMap(Contact::email), successUrl, cancelUrl);
    }
}
