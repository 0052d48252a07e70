package io.github.quote2invoice.receivable;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentMethod;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Matches incoming transfers (bank statement lines) to open invoices and records them.
 *
 * <p>First by reference, over the whole statement: the remittance information (spaces and case
 * ignored) contains the ISO 11649 creditor reference of an open invoice. Then, in statement order, for
 * the lines left, by amount and name: exactly one open invoice still asks exactly the line's amount
 * and its buyer's name matches the payer's name (accents, case, punctuation and legal forms such as
 * SAS or SARL ignored; every word of the shorter name found in the longer). Anything else is kept for
 * a person: no candidate, several, or the reference of an invoice with nothing due.
 * A matched line becomes a payment {@code bank:<line id>} allocated to the invoice; what exceeds the
 * invoice's amount due stays the buyer's credit balance. A line imported before is recognised by that
 * payment id and not recorded again; lines left to a person are looked at again.
 *
 * <p>Stateless and thread-safe; the ledger is never changed in place.
 */
public final class TransferMatcher {
    private static final Set<String> LEGAL_FORMS = Set.of("SA", "SAS", "SASU", "SARL", "EURL", "SCI", "SNC", "SCOP", "EI", "EIRL",
            "SRL", "SPRL", "BV", "NV", "GMBH", "AG", "LTD", "LIMITED", "INC", "LLC", "STE", "SOCIETE", "ETS", "ETABLISSEMENTS", "CIE");

    /** A matcher. */
    public TransferMatcher() {
    }

    /**
     * Matches {@code lines} against {@code ledger}'s open invoices and records the matched ones.
     *
     * @return the new ledger and one decision per line
     */
    public Reconciliation reconcile(PaymentLedger ledger, List<BankStatementLine> lines) {
        Checks.required(ledger, "ledger");
        List<BankStatementLine> ls = Checks.list(lines, "lines");
        TransferMatch[] decided = new TransferMatch[ls.size()];
        PaymentLedger current = ledger;
        // Pass 1, references, over the whole statement first: a transfer that names its invoice must
        // not lose it to a line that merely has the same amount and name.
        for (int i = 0; i < ls.size(); i++) {
            BankStatementLine line = ls.get(i);
            if (current.payment(paymentId(line)).isPresent()) {
                decided[i] = new TransferMatch(line, Optional.empty(), TransferMatch.Rule.ALREADY_RECORDED,
                        "payment " + paymentId(line) + " is already in the ledger");
                continue;
            }
            Optional<TransferMatch> m = currencyMismatch(current, line);
            if (m.isEmpty()) {
                m = byReference(current, current.openReceivables(), line);
            }
            if (m.isPresent()) {
                decided[i] = m.get();
                current = recordIfMatched(current, m.get());
            }
        }
        // Pass 2, amount and name, in statement order, for the lines still undecided.
        for (int i = 0; i < ls.size(); i++) {
            if (decided[i] == null) {
                decided[i] = byAmountAndName(current, ls.get(i));
                current = recordIfMatched(current, decided[i]);
            }
        }
        return new Reconciliation(current, List.of(decided));
    }

    private static String paymentId(BankStatementLine line) {
        return "bank:" + line.id();
    }

    private static PaymentLedger recordIfMatched(PaymentLedger ledger, TransferMatch m) {
        if (!m.isMatched()) {
            return ledger;
        }
        BankStatementLine line = m.line();
        Receivable r = ledger.receivable(m.invoiceId().get()).orElseThrow();
        Payment p = new Payment(paymentId(line), line.amount(), PaymentMethod.BANK_TRANSFER, line.bookingDate(), line.remittance(),
                line.payerName());
        return ledger.record(p, r.buyerId()).allocateInOrder(p.id(), List.of(r.invoiceId()));
    }

    private static Optional<TransferMatch> currencyMismatch(PaymentLedger ledger, BankStatementLine line) {
        if (line.amount().currency().equals(ledger.currency())) {
            return Optional.empty();
        }
        return Optional.of(new TransferMatch(line, Optional.empty(), TransferMatch.Rule.UNMATCHED,
                "credited in " + line.amount().currency() + ", the ledger is in " + ledger.currency()));
    }

    /** The decision for one line against {@code ledger} (reference, then amount and name), without recording anything. */
    public TransferMatch match(PaymentLedger ledger, BankStatementLine line) {
        Checks.required(ledger, "ledger");
        Checks.required(line, "line");
        return currencyMismatch(ledger, line).or(() -> byReference(ledger, ledger.openReceivables(), line))
                .orElseGet(() -> byAmountAndName(ledger, line));
    }

    private static TransferMatch byAmountAndName(PaymentLedger ledger, BankStatementLine line) {
        Optional<TransferMatch> mismatch = currencyMismatch(ledger, line);
        if (mismatch.isPresent()) {
            return mismatch.get();
        }
        if (line.payerName().isEmpty()) {
            return new TransferMatch(line, Optional.empty(), TransferMatch.Rule.UNMATCHED, "no known reference and no payer name");
        }
        Set<String> payer = words(line.payerName().get());
        List<Receivable> candidates = ledger.openReceivables().stream()
                .filter(r -> ledger.amountDue(r.invoiceId()).equals(line.amount()) && namesMatch(payer, words(r.buyerName())))
                .toList();
        if (candidates.size() == 1) {
            Receivable r = candidates.get(0);
            return new TransferMatch(line, Optional.of(r.invoiceId()), TransferMatch.Rule.AMOUNT_AND_NAME,
                    "amount " + line.amount() + " and payer '" + line.payerName().get() + "' match invoice " + r.invoiceNumber());
        }
        if (candidates.size() > 1) {
            return new TransferMatch(line, Optional.empty(), TransferMatch.Rule.AMBIGUOUS, "invoices "
                    + candidates.stream().map(Receivable::invoiceNumber).collect(Collectors.joining(", ")) + " all match amount and name");
        }
        return new TransferMatch(line, Optional.empty(), TransferMatch.Rule.UNMATCHED, "no open invoice matches reference, amount and name");
    }

    private static Optional<TransferMatch> byReference(PaymentLedger ledger, List<Receivable> open, BankStatementLine line) {
        if (line.remittance().isEmpty()) {
            return Optional.empty();
        }
        String text = line.remittance().get().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        // The longest reference found wins, so RF..123 is not taken for RF..1234's prefix.
        Optional<Receivable> hit = open.stream().filter(r -> r.reference().isPresent() && text.contains(r.reference().get().value()))
                .max(Comparator.comparingInt(r -> r.reference().get().value().length()));
        if (hit.isPresent()) {
            Receivable r = hit.get();
            return Optional.of(new TransferMatch(line, Optional.of(r.invoiceId()), TransferMatch.Rule.REFERENCE,
                    "reference " + r.reference().get().formatted() + " of invoice " + r.invoiceNumber()));
        }
        // A valid reference of an invoice that is no longer open: a person decides (double payment? wrong reference?).
        for (Receivable r : ledger.receivables()) {
            if (r.reference().isPresent() && text.contains(r.reference().get().value())) {
                return Optional.of(new TransferMatch(line, Optional.empty(), TransferMatch.Rule.UNMATCHED,
                        "reference " + r.reference().get().formatted() + " is of invoice " + r.invoiceNumber() + ", which has nothing due"));
            }
        }
        return Optional.empty();
    }

    private static boolean namesMatch(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.size() <= b.size() ? b.containsAll(a) : a.containsAll(b);
    }

    /** The significant words of a name: accents, case, punctuation and legal forms removed. */
    static Set<String> words(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^A-Z0-9]+")).filter(w -> !w.isEmpty() && !LEGAL_FORMS.contains(w))
                .collect(Collectors.toUnmodifiableSet());
    }
}
