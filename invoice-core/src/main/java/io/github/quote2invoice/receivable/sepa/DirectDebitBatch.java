package io.github.quote2invoice.receivable.sepa;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.BankAccount;
import io.github.quote2invoice.payment.PaymentMeans;
import io.github.quote2invoice.receivable.BankTransfers;
import io.github.quote2invoice.receivable.PaymentLedger;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A batch of SEPA direct debit collections sent to the creditor's bank in one pain.008 message.
 *
 * @param messageId the message id (unique per creditor; EPC characters, at most 35)
 * @param createdAt when the message was made (local time of the creditor)
 * @param creditorName the creditor (seller), at most 70 EPC characters
 * @param creditorAccount the account credited
 * @param creditorId the SEPA creditor identifier, the same as every mandate's
 * @param collectionDate the requested collection date
 * @param scheme CORE or B2B
 * @param collections at least one; end-to-end ids unique
 */
public record DirectDebitBatch(String messageId, LocalDateTime createdAt, String creditorName, BankAccount creditorAccount, String creditorId,
                               LocalDate collectionDate, DirectDebitScheme scheme, List<DirectDebitCollection> collections) {
    /** Validates every part and that all mandates are the creditor's. */
    public DirectDebitBatch {
        messageId = SepaText.identifier(messageId, "messageId");
        Checks.required(createdAt, "createdAt");
        creditorName = SepaText.latin(creditorName, 70);
        Checks.required(creditorAccount, "creditorAccount");
        creditorId = SepaText.creditorId(creditorId, "creditorId");
        Checks.required(collectionDate, "collectionDate");
        Checks.required(scheme, "scheme");
        collections = Checks.nonEmptyList(collections, "collections");
        Checks.unique(collections, DirectDebitCollection::endToEndId, "collections", "endToEndId");
        for (int i = 0; i < collections.size(); i++) {
            String ci = collections.get(i).mandate().creditorId().replace(" ", "").toUpperCase(Locale.ROOT);
            Checks.check(ci.equals(creditorId), ErrorCodes.INCONSISTENT, "collections[" + i + "].mandate.creditorId",
                    "mandate of creditor " + ci + " cannot be collected by creditor " + creditorId);
        }
    }

    /** The sum of the collections. */
    public Money total() {
        return Money.sum(collections.stream().map(DirectDebitCollection::amount).toList(), Currency.getInstance("EUR"));
    }

    /**
     * The batch collecting, on {@code collectionDate}, what the ledger says each of {@code invoices}
     * still asks, for those that offer a SEPA direct debit ({@link PaymentMeans.DirectDebit} in their
     * payment instructions), have something due and are due by that date. The creditor is the first
     * such invoice's seller; every such invoice must have the same seller account and creditor identifier.
     *
     * @param invoices issued invoices, in the order to collect them
     * @param ledger the ledger holding them
     * @param messageId the message id
     * @param createdAt when the message is made
     * @param collectionDate the requested collection date
     * @param scheme CORE or B2B
     * @param sequenceType the sequence type of every collection
     * @throws io.github.quote2invoice.error.InvalidValueException {@code REQUIRED} at {@code invoices}
     *         when none is to be collected
     */
    public static DirectDebitBatch forDueInvoices(List<Invoice> invoices, PaymentLedger ledger, String messageId, LocalDateTime createdAt,
                                                  LocalDate collectionDate, DirectDebitScheme scheme, SequenceType sequenceType) {
        Checks.required(ledger, "ledger");
        Checks.required(collectionDate, "collectionDate");
        List<DirectDebitCollection> collections = new ArrayList<>();
        Invoice first = null;
        for (Invoice invoice : Checks.list(invoices, "invoices")) {
            Optional<PaymentMeans.DirectDebit> mandate = invoice.paymentInstructions().means().stream()
                    .filter(PaymentMeans.DirectDebit.class::isInstance).map(PaymentMeans.DirectDebit.class::cast).findFirst();
            Money due = ledger.amountDue(invoice.id());
            boolean isDue = invoice.dueDate().map(d -> !d.isAfter(collectionDate)).orElse(true);
            if (mandate.isEmpty() || !due.isPositive() || !isDue) {
                continue;
            }
            if (first == null) {
                first = invoice;
            }
            String number = invoice.number().orElseThrow();
            collections.add(new DirectDebitCollection(SepaText.latin(number, 35), invoice.id(), due, mandate.get(), invoice.buyer().name(),
                    Optional.empty(), ledger.receivable(invoice.id()).flatMap(r -> r.reference()), "Facture " + number, sequenceType));
        }
        Checks.check(first != null, ErrorCodes.REQUIRED, "invoices", "no invoice offers a direct debit with something due by " + collectionDate);
        BankAccount account = BankTransfers.sellerAccount(first);
        return new DirectDebitBatch(messageId, createdAt, first.seller().name(), account, collections.get(0).mandate().creditorId(),
                collectionDate, scheme, collections);
    }
}
