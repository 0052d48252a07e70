package io.github.quote2invoice.receivable;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.internal.Sha256;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.CreditorReference;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.Reversal;

import java.util.Optional;

/**
 * The hash chain of a ledger's entries: after each entry, SHA-256 (lower-case hex) of the digest after
 * the previous one and the entry's canonical text. Two ledgers with the same digest went through the
 * same entries in the same order, so a {@link PaymentBook} can tell with one value whether what it holds
 * is still what its journal holds (an update of it may have been rolled back with the caller's
 * transaction, and others may have written different entries at those positions since). Journals store
 * the digest with each entry ({@link io.github.quote2invoice.receivable.spi.LedgerJournal#chainAt}).
 *
 * <p>The canonical text, "q2i-ledger-v1": the entry's kind, then each field as {@code <UTF-16 length>:<value>\n},
 * an optional field as {@code +value} or {@code -}, amounts as {@link Money#toString()} ({@code EUR 12.50}).
 * Changing it changes every stored digest ({@code LedgerChainTest} pins it).
 */
public final class LedgerChain {
    /** The digest of a ledger without entries. */
    public static final String START = "0".repeat(64);

    private LedgerChain() {
    }

    /** The digest after {@code entry}, when the digest before it was {@code previous}. */
    public static String next(String previous, LedgerEntry entry) {
        Checks.required(previous, "previous");
        Checks.required(entry, "entry");
        StringBuilder b = new StringBuilder(256).append("q2i-ledger-v1\n");
        field(b, previous);
        canonical(b, entry);
        return Sha256.hex(b.toString());
    }

    private static void canonical(StringBuilder b, LedgerEntry entry) {
        if (entry instanceof LedgerEntry.Registered e) {
            Receivable r = e.receivable();
            field(b, "REGISTERED");
            field(b, r.invoiceId());
            field(b, r.invoiceNumber());
            field(b, r.buyerId());
            field(b, r.buyerName());
            field(b, r.amount());
            field(b, r.issueDate().toString());
            field(b, r.dueDate().toString());
            optional(b, r.reference().map(CreditorReference::value));
        } else if (entry instanceof LedgerEntry.Credited e) {
            field(b, "CREDITED");
            field(b, e.creditNoteId());
            field(b, e.invoiceId());
            field(b, e.amount());
        } else if (entry instanceof LedgerEntry.Recorded e) {
            Payment p = e.payment();
            field(b, "RECORDED");
            field(b, p.id());
            field(b, p.amount());
            field(b, p.method().name());
            field(b, p.receivedOn().toString());
            optional(b, p.externalReference());
            optional(b, p.payerName());
            field(b, e.buyerId());
        } else if (entry instanceof LedgerEntry.Allocated e) {
            field(b, "ALLOCATED");
            field(b, e.paymentId());
            field(b, e.invoiceId());
            field(b, e.amount());
        } else {
            Reversal r = ((LedgerEntry.Reversed) entry).reversal();
            field(b, "REVERSED");
            field(b, r.id());
            field(b, r.paymentId());
            field(b, r.amount());
            field(b, r.kind().name());
            field(b, r.date().toString());
        }
    }

    private static void field(StringBuilder b, Money m) {
        field(b, m.toString());
    }

    private static void optional(StringBuilder b, Optional<String> value) {
        field(b, value.map(v -> "+" + v).orElse("-"));
    }

    private static void field(StringBuilder b, String value) {
        b.append(value.length()).append(':').append(value).append('\n');
    }
}
