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
 * <p>For each line, in statement order: first by reference - the remittance information (spaces and
 * case ignored) contains the ISO 11649 creditor reference of an open invoice; then by amount and name
 * - exactly one open invoice still asks exactly the line's amount and its buyer's name matches the
 * payer's name (accents, case, punctuation and legal forms such as SAS or SARL ignored; every word of
 * the shorter name found in the longer). Anything else is kept for a person: no candidate, or several.
 * A matched line becomes a payment {@code bank:<line id>} allocated to the invoice; what exceeds the
 * invoice's amount due stays the buyer's credit balance. A line imported before is recognised by that
 * payment id and not recorded again.
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
        PaymentLedger current = ledger;
        List<TransferMatch> matches = new ArrayList<>(ls.size());
        for (BankStatementLine line : ls) {
            String paymentId = "bank:" + line.id();
            if (current.payment(paymentId).isPresent()) {
                matches.add(new TransferMatch(line, Optional.empty(), TransferMatch.Rule.ALREADY_RECORDED,
                        "payment " + paymentId + " is already in the ledger"));
                continue;
            }
            TransferMatch m = match(current, line);
            if (m.isMatched()) {
                Receivable r = current.receivable(m.invoiceId().get()).orElseThrow();
                Payment p = new Payment(paymentId, line.amount(), PaymentMethod.BANK_TRANSFER, line.bookingDate(), line.remittance(),
                        line.payerName());
                current = current.record(p, r.buyerId()).allocateInOrder(paymentId, List.of(r.invoiceId()));
            }
            matches.add(m);
        }
        return new Reconciliation(current, matches);
    }

    /** The decision for one line against {@code ledger}, without recording anything. */
    public TransferMatch match(PaymentLedger ledger, BankStatementLine line) {
        Checks.required(ledger, "ledger");
        Checks.required(line, "line");
        if (!line.amount().currency().equals(ledger.currency())) {
            return new TransferMatch(line, Optional.empty(), TransferMatch.Rule.UNMATCHED,
                    "credited in " + line.amount().currency() + ", the ledger is in " + ledger.currency());
        }
        List<Receivable> open = ledger.openReceivables();
        Optional<TransferMatch> byReference = byReference(ledger, open, line);
        if (byReference.isPresent()) {
            return byReference.get();
        }
        if (line.payerName().isEmpty()) {
            return new TransferMatch(line, Optional.empty(), TransferMatch.Rule.UNMATCHED, "no known reference and no payer name");
        }
        Set<String> payer = words(line.payerName().get());
        List<Receivable> candidates = open.stream()
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
