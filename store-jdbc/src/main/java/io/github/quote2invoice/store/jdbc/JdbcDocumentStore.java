package io.github.quote2invoice.store.jdbc;

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
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentAllocation;
import io.github.quote2invoice.quote.Quote;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Quotes, invoices and payments in their tables ({@code q2i_quote}, {@code q2i_invoice},
 * {@code q2i_payment}, {@code q2i_payment_allocation}, {@code q2i_invoice_artefact}), each document as its
 * JSON with the SHA-256 of that JSON. An issued invoice's row only ever changes its payment status: the
 * store refuses anything else, and so do the database triggers installed by the migrations.
 */
public final class JdbcDocumentStore implements DocumentStore {
    private final JdbcTransactions transactions;
    private final DocumentCodec codec;
    private final Clock clock;

    /**
     * @param transactions the transactions the writes join
     * @param codec turns documents into JSON and back
     * @param clock gives the rows' update times
     */
    public JdbcDocumentStore(JdbcTransactions transactions, DocumentCodec codec, Clock clock) {
        this.transactions = Checks.required(transactions, "transactions");
        this.codec = Checks.required(codec, "codec");
        this.clock = Checks.required(clock, "clock");
    }

    @Override
    public StoredDocument saveQuote(String company, Quote quote) {
        String co = Checks.text(company, "company", 100);
        Checks.required(quote, "quote");
        String json = codec.writeQuote(quote);
        String digest = Sha256.hex(json);
        return transactions.execute(tx -> {
            int updated;
            try (PreparedStatement ps = tx.prepare("UPDATE q2i_quote SET company = ?, number = ?, revision = ?, status = ?, body = ?,"
                    + " body_sha256 = ?, updated_at = ? WHERE id = ?")) {
                JdbcTransaction.bindAll(ps, co, quote.number(), quote.revision(), quote.status().name(), json, digest, clock.instant(), quote.id());
                updated = ps.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement ps = tx.prepare("INSERT INTO q2i_quote (id, company, number, revision, status, body, body_sha256, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    JdbcTransaction.bindAll(ps, quote.id(), co, quote.number(), quote.revision(), quote.status().name(), json, digest, clock.instant());
                    ps.executeUpdate();
                }
            }
            return new StoredDocument(quote.id(), digest);
        });
    }

    @Override
    public Optional<Quote> findQuote(String id) {
        return transactions.execute(tx -> {
            try (PreparedStatement ps = tx.prepare("SELECT body FROM q2i_quote WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(codec.readQuote(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** The issued flag of an invoice row, locking it: TRUE issued, FALSE draft, null absent. */
    private static Boolean lockState(JdbcTransaction tx, String id) throws SQLException {
        Boolean known = tx.lockedInvoiceIssued(id);
        if (known != null || tx.knownAbsent(id)) {
            return known;
        }
        try (PreparedStatement ps = tx.prepare("SELECT issued FROM q2i_invoice WHERE id = ? FOR UPDATE")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                boolean issued = rs.getBoolean(1);
                tx.lockedInvoice(id, issued);
                return issued;
            }
        }
    }

    @Override
    public StoredDocument saveDraft(String company, Invoice draft) {
        String co = Checks.text(company, "company", 100);
        Checks.required(draft, "draft");
        if (!draft.isDraft()) {
            throw new InvoiceStateException(draft.status(), "saveDraft takes drafts only; invoice " + draft.id() + " is " + draft.status());
        }
        String json = codec.writeInvoice(draft);
        String digest = Sha256.hex(json);
        return transactions.execute(tx -> {
            Boolean issued = lockState(tx, draft.id());
            if (Boolean.TRUE.equals(issued)) {
                throw new ImmutableDocumentException(draft.id(), "invoice " + draft.id() + " is issued and can no longer change; issue a credit note instead");
            }
            if (issued == null) {
                tx.defer("INSERT INTO q2i_invoice (id, company, kind, issued, number, issue_date, payment_status, body, body_sha256, updated_at)"
                        + " VALUES (?, ?, ?, FALSE, NULL, NULL, ?, ?, ?, ?)",
                        draft.id(), co, draft.kind().name(), InvoiceStatus.DRAFT.name(), json, digest, clock.instant());
                tx.lockedInvoice(draft.id(), false);
            } else {
                tx.defer("UPDATE q2i_invoice SET company = ?, kind = ?, body = ?, body_sha256 = ?, updated_at = ? WHERE id = ? AND NOT issued",
                        co, draft.kind().name(), json, digest, clock.instant(), draft.id());
            }
            return new StoredDocument(draft.id(), digest);
        });
    }

    @Override
    public Optional<Invoice> findInvoice(String id) {
        return queryInvoice("SELECT body, payment_status FROM q2i_invoice WHERE id = ?", id);
    }

    @Override
    public Optional<Invoice> lockInvoice(String id) {
        if (!transactions.active()) {
            throw new IllegalStateException("lockInvoice must run inside a transaction");
        }
        return transactions.execute(tx -> {
            try (PreparedStatement ps = tx.prepare("SELECT body, payment_status, issued FROM q2i_invoice WHERE id = ? FOR UPDATE")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        tx.absentInvoice(id);
                        return Optional.empty();
                    }
                    tx.lockedInvoice(id, rs.getBoolean(3));
                    return Optional.of(invoice(rs.getString(1), rs.getString(2)));
                }
            }
        });
    }

    @Override
    public Optional<Invoice> findInvoiceByNumber(String company, String number) {
        return queryInvoice("SELECT body, payment_status FROM q2i_invoice WHERE company = ? AND number = ?", company, number);
    }

    private Optional<Invoice> queryInvoice(String sql, Object... params) {
        return transactions.execute(tx -> {
            try (PreparedStatement ps = tx.prepare(sql)) {
                JdbcTransaction.bindAll(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(invoice(rs.getString(1), rs.getString(2))) : Optional.empty();
                }
            }
        });
    }

    private Invoice invoice(String json, String paymentStatus) {
        return invoice(codec, json, paymentStatus);
    }

    /** The invoice stored as {@code json} with the row's {@code paymentStatus} (the only column that moves once issued). */
    static Invoice invoice(DocumentCodec codec, String json, String paymentStatus) {
        Invoice invoice = codec.readInvoice(json);
        InvoiceStatus status = InvoiceStatus.valueOf(paymentStatus);
        return status == invoice.status() ? invoice : invoice.withPaymentStatus(status);
    }

    @Override
    public StoredDocument storeIssued(String company, Invoice issued) {
        String co = Checks.text(company, "company", 100);
        Checks.required(issued, "issued");
        if (issued.isDraft()) {
            throw new InvoiceStateException(issued.status(), "storeIssued takes issued invoices only; " + issued.id() + " is a draft");
        }
        String json = codec.writeInvoice(issued);
        String digest = Sha256.hex(json);
        String number = issued.number().orElseThrow();
        return transactions.execute(tx -> {
            Boolean state = lockState(tx, issued.id());
            if (Boolean.TRUE.equals(state)) {
                throw new ImmutableDocumentException(issued.id(), "invoice " + issued.id() + " is already issued");
            }
            if (state == null) {
                tx.defer("INSERT INTO q2i_invoice (id, company, kind, issued, number, issue_date, payment_status, body, body_sha256, updated_at)"
                        + " VALUES (?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?)",
                        issued.id(), co, issued.kind().name(), number, issued.issueDate().orElseThrow(), issued.status().name(), json, digest,
                        clock.instant());
            } else {
                tx.defer("UPDATE q2i_invoice SET company = ?, kind = ?, issued = TRUE, number = ?, issue_date = ?, payment_status = ?, body = ?,"
                        + " body_sha256 = ?, updated_at = ? WHERE id = ? AND NOT issued",
                        co, issued.kind().name(), number, issued.issueDate().orElseThrow(), issued.status().name(), json, digest, clock.instant(),
                        issued.id());
            }
            tx.lockedInvoice(issued.id(), true);
            return new StoredDocument(issued.id(), digest);
        });
    }

    @Override
    public void updatePaymentStatus(String invoiceId, InvoiceStatus status) {
        Checks.required(status, "status");
        transactions.execute(tx -> {
            Boolean issued = lockState(tx, invoiceId);
            if (issued == null) {
                throw new Quote2InvoiceException("NOT_FOUND", "invoiceId", "no invoice " + invoiceId);
            }
            if (!issued || status == InvoiceStatus.DRAFT) {
                throw new InvoiceStateException(issued ? status : InvoiceStatus.DRAFT, "payment status applies to issued invoices only");
            }
            tx.defer("UPDATE q2i_invoice SET payment_status = ?, updated_at = ? WHERE id = ?", status.name(), clock.instant(), invoiceId);
            return null;
        });
    }

    @Override
    public void deleteDraft(String invoiceId) {
        transactions.execute(tx -> {
            Boolean issued = lockState(tx, invoiceId);
            if (issued == null) {
                return null;
            }
            if (issued) {
                throw new ImmutableDocumentException(invoiceId, "invoice " + invoiceId + " is issued and is never deleted");
            }
            tx.defer("DELETE FROM q2i_invoice WHERE id = ? AND NOT issued", invoiceId);
            return null;
        });
    }

    @Override
    public void attachArtefact(ArtefactDigest a) {
        Checks.required(a, "artefact");
        transactions.execute(tx -> {
            if (!Boolean.TRUE.equals(lockState(tx, a.invoiceId()))) {
                throw new InvoiceStateException(InvoiceStatus.DRAFT, "artefacts are recorded for issued invoices only; " + a.invoiceId() + " is not issued");
            }
            try (PreparedStatement ps = tx.prepare("SELECT media_type, sha256 FROM q2i_invoice_artefact WHERE invoice_id = ? AND name = ?")) {
                JdbcTransaction.bindAll(ps, a.invoiceId(), a.name());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        if (rs.getString(1).equals(a.mediaType()) && rs.getString(2).equals(a.sha256())) {
                            return null;
                        }
                        throw new ImmutableDocumentException(a.invoiceId(), "artefact " + a.name() + " of " + a.invoiceId()
                                + " is already recorded with another digest");
                    }
                }
            }
            tx.defer("INSERT INTO q2i_invoice_artefact (invoice_id, name, media_type, sha256, recorded_at) VALUES (?, ?, ?, ?, ?)",
                    a.invoiceId(), a.name(), a.mediaType(), a.sha256(), clock.instant());
            return null;
        });
    }

    @Override
    public List<ArtefactDigest> artefacts(String invoiceId) {
        return transactions.execute(tx -> {
            List<ArtefactDigest> out = new ArrayList<>();
            try (PreparedStatement ps = tx.prepare("SELECT name, media_type, sha256 FROM q2i_invoice_artefact WHERE invoice_id = ? ORDER BY name")) {
                ps.setString(1, invoiceId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ArtefactDigest(invoiceId, rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<StoredDocument> stored(DocumentType type, String id) {
        String table = switch (type) {
            case QUOTE -> "q2i_quote";
            case INVOICE -> "q2i_invoice";
            case PAYMENT -> "q2i_payment";
        };
        return transactions.execute(tx -> {
            try (PreparedStatement ps = tx.prepare("SELECT body_sha256 FROM " + table + " WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredDocument(id, rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public StoredDocument savePayment(String company, Payment payment) {
        String co = Checks.text(company, "company", 100);
        Checks.required(payment, "payment");
        String json = codec.writePayment(payment);
        String digest = Sha256.hex(json);
        return transactions.execute(tx -> {
            try (PreparedStatement ps = tx.prepare("SELECT body_sha256 FROM q2i_payment WHERE id = ?")) {
                ps.setString(1, payment.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        if (rs.getString(1).equals(digest)) {
                            return new StoredDocument(payment.id(), digest);
                        }
                        throw new DocumentConflictException("id", "another payment is recorded under id " + payment.id(), null);
                    }
                }
            }
            try (PreparedStatement ps = tx.prepare("INSERT INTO q2i_payment (id, company, body, body_sha256, recorded_at) VALUES (?, ?, ?, ?, ?)")) {
                JdbcTransaction.bindAll(ps, payment.id(), co, json, digest, clock.instant());
                ps.executeUpdate();
            }
            return new StoredDocument(payment.id(), digest);
        });
    }

    @Override
    public Optional<Payment> findPayment(String id) {
        return transactions.execute(tx -> {
            try (PreparedStatement ps = tx.prepare("SELECT body FROM q2i_payment WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(codec.readPayment(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void saveAllocation(PaymentAllocation a) {
        Checks.required(a, "allocation");
        transactions.execute(tx -> {
            tx.defer("INSERT INTO q2i_payment_allocation (payment_id, invoice_id, amount, currency) VALUES (?, ?, ?, ?)",
                    a.paymentId(), a.invoiceId(), a.amount().amount(), a.amount().currency().getCurrencyCode());
            return null;
        });
    }

    @Override
    public List<PaymentAllocation> allocationsOf(String invoiceId) {
        return transactions.execute(tx -> {
            List<PaymentAllocation> out = new ArrayList<>();
            try (PreparedStatement ps = tx.prepare("SELECT payment_id, amount, currency FROM q2i_payment_allocation WHERE invoice_id = ? ORDER BY position")) {
                ps.setString(1, invoiceId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PaymentAllocation(rs.getString(1), invoiceId,
                                Money.rounded(rs.getBigDecimal(2), Money.currency(rs.getString(3)), java.math.RoundingMode.UNNECESSARY)));
                    }
                }
            }
            return out;
        });
    }
}
