package io.github.quote2invoice.issuing.spi;

import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceStatus;
import io.github.quote2invoice.issuing.ArtefactDigest;
import io.github.quote2invoice.issuing.DocumentConflictException;
import io.github.quote2invoice.issuing.DocumentType;
import io.github.quote2invoice.issuing.ImmutableDocumentException;
import io.github.quote2invoice.issuing.StoredDocument;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentAllocation;
import io.github.quote2invoice.quote.Quote;

import java.util.List;
import java.util.Optional;

/**
 * Keeps quotes, invoices and payments. Drafts change freely; issued invoices never change and are never
 * deleted (only their payment status moves, kept beside the frozen document); payments are recorded once.
 * Every method runs in the caller's transaction of the bound {@link TransactionRunner}, or in its own
 * when none is running.
 */
public interface DocumentStore {
    /** Inserts or replaces a quote (quotes carry their own lifecycle; accepted ones are kept as given). */
    StoredDocument saveQuote(String company, Quote quote);

    /** The quote with this id. */
    Optional<Quote> findQuote(String id);

    /**
     * Inserts or replaces a draft invoice.
     *
     * @throws io.github.quote2invoice.invoice.InvoiceStateException when {@code draft} is not a draft
     * @throws ImmutableDocumentException when an issued invoice is stored under that id
     */
    StoredDocument saveDraft(String company, Invoice draft);

    /** The invoice with this id, in its current payment status. */
    Optional<Invoice> findInvoice(String id);

    /**
     * Like {@link #findInvoice} and, inside a transaction, locks the invoice until it ends so that two
     * issuers of the same draft are serialized. Must be called inside a transaction.
     */
    Optional<Invoice> lockInvoice(String id);

    /** The issued invoice of {@code company} with this number. */
    Optional<Invoice> findInvoiceByNumber(String company, String number);

    /**
     * Stores a freshly issued invoice, replacing its draft if one is stored.
     *
     * @throws io.github.quote2invoice.invoice.InvoiceStateException when {@code issued} is a draft
     * @throws ImmutableDocumentException when an issued invoice is already stored under that id
     * @throws DocumentConflictException when its number is already used by another invoice of the company
     */
    StoredDocument storeIssued(String company, Invoice issued);

    /**
     * Moves an issued invoice's payment status (ISSUED, PARTLY_PAID, PAID, OVERDUE, CANCELLED); the frozen
     * document itself does not change.
     *
     * @throws io.github.quote2invoice.invoice.InvoiceStateException when the invoice is a draft or the status is DRAFT
     * @throws io.github.quote2invoice.error.Quote2InvoiceException with code {@code NOT_FOUND} when absent
     */
    void updatePaymentStatus(String invoiceId, InvoiceStatus status);

    /**
     * Deletes a draft; does nothing when absent.
     *
     * @throws ImmutableDocumentException when the invoice is issued (nothing issued is ever deleted)
     */
    void deleteDraft(String invoiceId);

    /**
     * Records the digest of a rendered artefact of an issued invoice. Recording the same digest again is a
     * no-op.
     *
     * @throws ImmutableDocumentException when another digest is already recorded under that name
     * @throws io.github.quote2invoice.invoice.InvoiceStateException when the invoice is not issued
     */
    void attachArtefact(ArtefactDigest artefact);

    /**
     * The digest of a stored document as it is now (for a quote or a draft, of its latest version; for an
     * issued invoice, of the frozen document), empty when absent.
     */
    Optional<StoredDocument> stored(DocumentType type, String id);

    /** The artefact digests recorded for an invoice, by name. */
    List<ArtefactDigest> artefacts(String invoiceId);

    /**
     * Records a payment received. Recording the same payment again is a no-op.
     *
     * @throws DocumentConflictException when a different payment is stored under that id
     */
    StoredDocument savePayment(String company, Payment payment);

    /** The payment with this id. */
    Optional<Payment> findPayment(String id);

    /**
     * Records the part of a payment applied to an invoice (several allocations of one payment to one
     * invoice add up).
     */
    void saveAllocation(PaymentAllocation allocation);

    /** The allocations made to an invoice, oldest first. */
    List<PaymentAllocation> allocationsOf(String invoiceId);
}
