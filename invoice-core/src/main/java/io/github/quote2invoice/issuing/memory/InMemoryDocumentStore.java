package io.github.quote2invoice.issuing.memory;

import io.github.quote2invoice.error.Quote2InvoiceException;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.internal.Sha256;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceStateException;
import io.github.quote2invoice.invoice.InvoiceStatus;
import io.github.quote2invoice.issuing.ArtefactDigest;
import io.github.quote2invoice.issuing.DocumentConflictException;
import io.github.quote2invoice.issuing.DocumentType;
import io.github.quote2invoice.issuing.ImmutableDocumentException;
import io.github.quote2invoice.issuing.StoredDocument;
import io.github.quote2invoice.issuing.spi.DocumentStore;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentAllocation;
import io.github.quote2invoice.quote.Quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The document store in memory. Documents are kept as the immutable values they are; their digest is the
 * SHA-256 of their {@code toString()} (records print every component). Writes are undone when their
 * transaction rolls back.
 */
public final class InMemoryDocumentStore implements DocumentStore {
    private final InMemoryTransactions transactions;
    private final Map<String, Quote> quotes = new HashMap<>();
    private final Map<String, Invoice> invoices = new HashMap<>();
    private final Map<String, InvoiceStatus> paymentStatus = new HashMap<>();
    private final Map<String, String> invoiceByNumber = new HashMap<>();
    private final Map<String, Map<String, ArtefactDigest>> artefacts = new HashMap<>();
    private final Map<String, Payment> payments = new HashMap<>();
    private final List<PaymentAllocation> allocations = new ArrayList<>();

    /** @param transactions the transactions the writes join */
    public InMemoryDocumentStore(InMemoryTransactions transactions) {
        this.transactions = Checks.required(transactions, "transactions");
    }

    private <K, V> void put(Map<K, V> map, K key, V value) {
        V old = map.put(key, value);
        transactions.onRollback(() -> {
            if (old == null) {
                map.remove(key);
            } else {
                map.put(key, old);
            }
        });
    }

    private static StoredDocument stored(String id, Object document) {
        return new StoredDocument(id, Sha256.hex(String.valueOf(document)));
    }

    @Override
    public StoredDocument saveQuote(String company, Quote quote) {
        Checks.text(company, "company");
        Checks.required(quote, "quote");
        return transactions.inTransaction(() -> {
            put(quotes, quote.id(), quote);
            return stored(quote.id(), quote);
        });
    }

    @Override
    public Optional<Quote> findQuote(String id) {
        return transactions.inTransaction(() -> Optional.ofNullable(quotes.get(id)));
    }

    @Override
    public StoredDocument saveDraft(String company, Invoice draft) {
        Checks.text(company, "company");
        Checks.required(draft, "draft");
        if (!draft.isDraft()) {
            throw new InvoiceStateException(draft.status(), "saveDraft takes drafts only; invoice " + draft.id() + " is " + draft.status());
        }
        return transactions.inTransaction(() -> {
            Invoice old = invoices.get(draft.id());
            if (old != null && !old.isDraft()) {
                throw new ImmutableDocumentException(draft.id(), "invoice " + draft.id() + " is issued (" + old.number().orElseThrow()
                        + ") and can no longer change; issue a credit note instead");
            }
            put(invoices, draft.id(), draft);
            return stored(draft.id(), draft);
        });
    }

    @Override
    public Optional<Invoice> findInvoice(String id) {
        return transactions.inTransaction(() -> Optional.ofNullable(invoices.get(id)).map(this::withCurrentStatus));
    }

    private Invoice withCurrentStatus(Invoice invoice) {
        InvoiceStatus status = paymentStatus.get(invoice.id());
        return status == null || status == invoice.status() ? invoice : invoice.withPaymentStatus(status);
    }

    @Override
    public Optional<Invoice> lockInvoice(String id) {
        if (!transactions.active()) {
            throw new IllegalStateException("lockInvoice must run inside a transaction");
        }
        return findInvoice(id);
    }

    @Override
    public Optional<Invoice> findInvoiceByNumber(String company, String number) {
        return transactions.inTransaction(() -> Optional.ofNullable(invoiceByNumber.get(company + "\n" + number))
                .map(invoices::get).map(this::withCurrentStatus));
    }

    @Override
    public StoredDocument storeIssued(String company, Invoice issued) {
        Checks.text(company, "company");
        Checks.required(issued, "issued");
        if (issued.isDraft()) {
            throw new InvoiceStateException(issued.status(), "storeIssued takes issued invoices only; " + issued.id() + " is a draft");
        }
        return transactions.inTransaction(() -> {
            Invoice old = invoices.get(issued.id());
            if (old != null && !old.isDraft()) {
                throw new ImmutableDocumentException(issued.id(), "invoice " + issued.id() + " is already issued as " + old.number().orElseThrow());
            }
            String numberKey = company + "\n" + issued.number().orElseThrow();
            if (invoiceByNumber.containsKey(numberKey)) {
                throw new DocumentConflictException("number", "number " + issued.number().orElseThrow() + " is already used by invoice "
                        + invoiceByNumber.get(numberKey), null);
            }
            put(invoices, issued.id(), issued);
            put(invoiceByNumber, numberKey, issued.id());
            return stored(issued.id(), issued);
        });
    }

    @Override
    public void updatePaymentStatus(String invoiceId, InvoiceStatus status) {
        Checks.required(status, "status");
        transactions.run(() -> {
            Invoice invoice = invoices.get(invoiceId);
            if (invoice == null) {
                throw new Quote2InvoiceException("NOT_FOUND", "invoiceId", "no invoice " + invoiceId);
            }
            invoice.withPaymentStatus(status);
            put(paymentStatus, invoiceId, status);
        });
    }

    @Override
    public void deleteDraft(String invoiceId) {
        transactions.run(() -> {
            Invoice old = invoices.get(invoiceId);
            if (old == null) {
                return;
            }
            if (!old.isDraft()) {
                throw new ImmutableDocumentException(invoiceId, "invoice " + invoiceId + " is issued and is never deleted");
            }
            invoices.remove(invoiceId);
            transactions.onRollback(() -> invoices.put(invoiceId, old));
        });
    }

    @Override
    public void attachArtefact(ArtefactDigest artefact) {
        Checks.required(artefact, "artefact");
        transactions.run(() -> {
            Invoice invoice = invoices.get(artefact.invoiceId());
            if (invoice == null || invoice.isDraft()) {
                throw new InvoiceStateException(InvoiceStatus.DRAFT, "artefacts are recorded for issued invoices only; " + artefact.invoiceId() + " is not issued");
            }
            Map<String, ArtefactDigest> byName = artefacts.computeIfAbsent(artefact.invoiceId(), k -> new TreeMap<>());
            ArtefactDigest old = byName.get(artefact.name());
            if (old != null) {
                if (old.equals(artefact)) {
                    return;
                }
                throw new ImmutableDocumentException(artefact.invoiceId(), "artefact " + artefact.name() + " of " + artefact.invoiceId()
                        + " is already recorded with another digest");
            }
            put(byName, artefact.name(), artefact);
        });
    }

    @Override
    public Optional<StoredDocument> stored(DocumentType type, String id) {
        return transactions.inTransaction(() -> {
            Object doc;
            switch (type) {
                case QUOTE:
                    doc = quotes.get(id);
                    break;
                case INVOICE:
                    doc = invoices.get(id);
                    break;
                default:
                    doc = payments.get(id);
            }
            return Optional.ofNullable(doc).map(d -> stored(id, d));
        });
    }

    @Override
    public List<ArtefactDigest> artefacts(String invoiceId) {
        return transactions.inTransaction(() -> List.copyOf(artefacts.getOrDefault(invoiceId, Map.of()).values()));
    }

    @Override
    public StoredDocument savePayment(String company, Payment payment) {
        Checks.text(company, "company");
        Checks.required(payment, "payment");
        return transactions.inTransaction(() -> {
            Payment old = payments.get(payment.id());
            if (old != null && !old.equals(payment)) {
                throw new DocumentConflictException("id", "another payment is recorded under id " + payment.id(), null);
            }
            if (old == null) {
                put(payments, payment.id(), payment);
            }
            return stored(payment.id(), payment);
        });
    }

    @Override
    public Optional<Payment> findPayment(String id) {
        return transactions.inTransaction(() -> Optional.ofNullable(payments.get(id)));
    }

    @Override
    public void saveAllocation(PaymentAllocation allocation) {
        Checks.required(allocation, "allocation");
        transactions.run(() -> {
            allocations.add(allocation);
            transactions.onRollback(() -> allocations.remove(allocations.size() - 1));
        });
    }

    @Override
    public List<PaymentAllocation> allocationsOf(String invoiceId) {
        return transactions.inTransaction(() -> allocations.stream().filter(a -> a.invoiceId().equals(invoiceId)).toList());
    }
}
