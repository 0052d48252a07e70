package io.github.quote2invoice.receivable;

import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentAllocation;
import io.github.quote2invoice.payment.Reversal;
import io.github.quote2invoice.error.CurrencyMismatchException;
import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceStatus;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.money.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The seller's accounts receivable in one currency: issued invoices, credit notes against them,
 * payments received, their allocation to invoices, and money given back.
 *
 * <p>It enforces three rules, whatever the order of operations:
 * <ul>
 *   <li>never allocate more than was paid: for each payment, allocated + given back &lt;= received;</li>
 *   <li>never allocate more than is due: for each invoice, allocated &lt;= invoiced - credited;</li>
 *   <li>nothing is counted twice: each invoice, credit note, payment and reversal is identified by its
 *       id; recording the same one again changes nothing, recording a different one under a used id is refused.</li>
 * </ul>
 * What a payment brings beyond what is allocated is the buyer's credit balance
 * ({@link #creditBalance(String)}), available for later invoices or a refund. A credit note lowers what
 * the invoice it corrects asks; when that invoice was already paid beyond its new amount, the excess
 * allocation is released (latest first) and becomes credit balance. A refund or chargeback takes from
 * the payment's unallocated part first, then releases its allocations, latest first: the invoice is
 * then due again, unless a credit note lowered it.
 *
 * <p>Immutable and thread-safe: every operation returns a new ledger and leaves this one unchanged,
 * also when it fails with a {@link PaymentLedgerException}. Amounts are exact {@link Money}.
 */
public final class PaymentLedger {
    private record Credit(String creditNoteId, String invoiceId, Money amount) {
    }

    private record Received(Payment payment, String buyerId) {
    }

    private record Key(String paymentId, String invoiceId) {
    }

    /** The entries so far, newest first, shared between a ledger and those derived from it (appending copies nothing). */
    private record Journal(LedgerEntry entry, Journal previous, int size) {
        static final Journal EMPTY = new Journal(null, null, 0);

        Journal then(LedgerEntry e) {
            return new Journal(e, this, size + 1);
        }
    }

    private final Currency currency;
    private final Map<String, Receivable> receivables;
    private final Map<String, Credit> credits;
    private final Map<String, Received> payments;
    private final Map<String, Reversal> reversals;
    /** Net allocation per (payment, invoice), in the order they were last increased: the release order is the reverse. */
    private final Map<Key, Money> allocations;
    private final Journal journal;

    private PaymentLedger(Currency currency, Map<String, Receivable> receivables, Map<String, Credit> credits,
                          Map<String, Received> payments, Map<String, Reversal> reversals, Map<Key, Money> allocations, Journal journal) {
        this.journal = journal;
        this.currency = currency;
        this.receivables = receivables;
        this.credits = credits;
        this.payments = payments;
        this.reversals = reversals;
        this.allocations = allocations;
    }

    /** An empty ledger in {@code currency}. */
    public static PaymentLedger empty(Currency currency) {
        Money.minorDigits(currency);
        return new PaymentLedger(currency, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Journal.EMPTY);
    }

    /**
     * The ledger {@code entries} make, applied in order to an empty ledger in {@code currency}: how a
     * stored ledger is read back ({@link #entries()}).
     *
     * @throws PaymentLedgerException or another typed exception when an entry is refused by the ledger's
     *         rules, with the entry's position in the path
     */
    public static PaymentLedger replay(Currency currency, List<LedgerEntry> entries) {
        PaymentLedger ledger = empty(Checks.required(currency, "currency"));
        List<LedgerEntry> list = Checks.list(entries, "entries");
        for (int i = 0; i < list.size(); i++) {
            String at = "entries[" + i + "]";
            LedgerEntry e = Checks.required(list.get(i), at);
            try {
                ledger = e.applyTo(ledger).requireGrownTo(i + 1);
            } catch (PaymentLedgerException x) {
                throw new PaymentLedgerException(x.code(), x.path().isEmpty() ? at : at + "." + x.path(), "entry " + i + " refused: " + x.getMessage());
            } catch (InvalidValueException x) {
                throw x.within(at);
            }
        }
        return ledger;
    }

    /**
     * This ledger, after checking it has {@code count} entries: a stored entry that changes nothing when
     * replayed (a journal written by something else than a ledger) would shift every later position.
     */
    PaymentLedger requireGrownTo(int count) {
        if (journal.size() != count) {
            throw new PaymentLedgerException(PaymentLedgerException.DUPLICATE, "", "entry " + (count - 1)
                    + " changes nothing: it repeats an earlier one");
        }
        return this;
    }

    /** {@code entry} applied to this ledger ({@link LedgerEntry#applyTo}). */
    public PaymentLedger apply(LedgerEntry entry) {
        return Checks.required(entry, "entry").applyTo(this);
    }

    /** Every change this ledger went through since it was empty, oldest first: {@link #replay} of them gives it back. */
    public List<LedgerEntry> entries() {
        return entriesAfter(0);
    }

    /** How many entries this ledger has ({@link #entries()}{@code .size()}). */
    public int entryCount() {
        return journal.size();
    }

    /**
     * The entries after the first {@code count}, oldest first: what this ledger added to an earlier
     * ledger it was derived from, which had {@code count} entries.
     *
     * @throws io.github.quote2invoice.error.InvalidValueException {@code OUT_OF_RANGE} when {@code count}
     *         is negative or more than {@link #entryCount()}
     */
    public List<LedgerEntry> entriesAfter(int count) {
        Checks.check(count >= 0 && count <= journal.size(), ErrorCodes.OUT_OF_RANGE, "count",
                "must be between 0 and " + journal.size() + ", was " + count);
        LedgerEntry[] newer = new LedgerEntry[journal.size() - count];
        Journal j = journal;
        for (int i = newer.length - 1; i >= 0; i--) {
            newer[i] = j.entry();
            j = j.previous();
        }
        return List.of(newer);
    }

    /**
     * True when this ledger is {@code earlier} plus zero or more entries (it was derived from it by
     * operations), false when it was built apart from it.
     */
    public boolean descendsFrom(PaymentLedger earlier) {
        Checks.required(earlier, "earlier");
        if (!currency.equals(earlier.currency) || journal.size() < earlier.journal.size()) {
            return false;
        }
        Journal j = journal;
        while (j.size() > earlier.journal.size()) {
            j = j.previous();
        }
        return j == earlier.journal;
    }

    /** The ledger's currency: every amount in it is in this currency. */
    public Currency currency() {
        return currency;
    }

    // ---------------------------------------------------------------- operations

    /** {@link #register(Receivable)} of {@link Receivable#of(Invoice)}. */
    public PaymentLedger register(Invoice invoice) {
        return register(Receivable.of(invoice));
    }

    /**
     * Adds an issued invoice. Registering the same receivable again returns this ledger unchanged.
     *
     * @throws PaymentLedgerException {@code DUPLICATE} when another receivable has that invoice id
     * @throws CurrencyMismatchException when not in the ledger's currency
     */
    public PaymentLedger register(Receivable receivable) {
        Checks.required(receivable, "receivable");
        requireCurrency(receivable.amount(), "receivable.amount");
        Receivable known = receivables.get(receivable.invoiceId());
        if (known != null) {
            requireSame(known, receivable, "invoiceId", receivable.invoiceId());
            return this;
        }
        Draft d = draft(new LedgerEntry.Registered(receivable));
        d.receivables.put(receivable.invoiceId(), receivable);
        return d.build();
    }

    /**
     * Applies an issued credit note to the invoice it corrects (its first preceding invoice, found by
     * id or else by number); its amount due (BT-115) lowers what that invoice asks.
     *
     * @throws PaymentLedgerException {@code UNKNOWN_INVOICE} when the corrected invoice is not in the ledger
     * @throws io.github.quote2invoice.error.InvalidValueException {@code ILLEGAL_STATE} when not an issued credit note
     */
    public PaymentLedger applyCreditNote(Invoice creditNote) {
        Checks.required(creditNote, "creditNote");
        Checks.check(creditNote.kind().isCreditNote() && !creditNote.isDraft(), ErrorCodes.ILLEGAL_STATE, "creditNote",
                creditNote.id() + " is not an issued credit note");
        PrecedingInvoice corrected = creditNote.precedingInvoices().get(0);
        String invoiceId = corrected.invoiceId().orElseGet(() -> receivables.values().stream()
                .filter(r -> r.invoiceNumber().equals(corrected.number())).map(Receivable::invoiceId).findFirst()
                .orElseThrow(() -> new PaymentLedgerException(PaymentLedgerException.UNKNOWN_INVOICE, "precedingInvoices[0]",
                        "credit note " + creditNote.id() + " corrects invoice " + corrected.number() + ", which is not in the ledger")));
        return applyCredit(creditNote.id(), invoiceId, creditNote.totals().amountDue());
    }

    /**
     * Lowers what invoice {@code invoiceId} asks by {@code amount} (a credit note). When the invoice
     * was already paid beyond its new amount, the excess allocation goes back to the payments (latest
     * allocation first) and so to the buyer's credit balance. Applying the same credit note again
     * changes nothing.
     *
     * @throws PaymentLedgerException {@code UNKNOWN_INVOICE}, {@code CREDIT_EXCEEDS_INVOICE} when the
     *         invoice's credit notes would exceed what it was for, {@code DUPLICATE}
     */
    public PaymentLedger applyCredit(String creditNoteId, String invoiceId, Money amount) {
        Credit credit = new Credit(Checks.text(creditNoteId, "creditNoteId", 100), Checks.text(invoiceId, "invoiceId"),
                Checks.required(amount, "amount"));
        requireCurrency(amount, "amount");
        Checks.check(amount.isPositive(), ErrorCodes.OUT_OF_RANGE, "amount", "must be greater than zero, was " + amount);
        Credit known = credits.get(credit.creditNoteId());
        if (known != null) {
            requireSame(known, credit, "creditNoteId", creditNoteId);
            return this;
        }
        Receivable r = receivableOrFail(invoiceId);
        Money creditedAfter = credited(invoiceId).plus(amount);
        if (creditedAfter.isGreaterThan(r.amount())) {
            throw new PaymentLedgerException(PaymentLedgerException.CREDIT_EXCEEDS_INVOICE, "amount",
                    "credit notes for invoice " + r.invoiceNumber() + " would total " + creditedAfter + ", more than its " + r.amount());
        }
        Draft d = draft(new LedgerEntry.Credited(credit.creditNoteId(), credit.invoiceId(), amount));
        d.credits.put(credit.creditNoteId(), credit);
        Money excess = allocatedTo(invoiceId).minus(r.amount().minus(creditedAfter));
        if (excess.isPositive()) {
            d.release(k -> k.invoiceId().equals(invoiceId), excess);
        }
        return d.build();
    }

    /**
     * Records a payment received from buyer {@code buyerId}, not yet allocated (all of it is credit
     * balance until allocated). Recording the same payment again changes nothing.
     *
     * @throws PaymentLedgerException {@code DUPLICATE} when another payment has that id
     */
    public PaymentLedger record(Payment payment, String buyerId) {
        Checks.required(payment, "payment");
        Received received = new Received(payment, Checks.text(buyerId, "buyerId", 200));
        requireCurrency(payment.amount(), "payment.amount");
        Received known = payments.get(payment.id());
        if (known != null) {
            requireSame(known, received, "payment.id", payment.id());
            return this;
        }
        Draft d = draft(new LedgerEntry.Recorded(payment, received.buyerId()));
        d.payments.put(payment.id(), received);
        return d.build();
    }

    /**
     * Applies {@code amount} of payment {@code paymentId} to invoice {@code invoiceId}.
     *
     * @throws PaymentLedgerException {@code UNKNOWN_PAYMENT}, {@code UNKNOWN_INVOICE},
     *         {@code ALLOCATION_EXCEEDS_PAYMENT} (more than the payment's unallocated part),
     *         {@code ALLOCATION_EXCEEDS_DUE} (more than the invoice's amount due)
     */
    public PaymentLedger allocate(String paymentId, String invoiceId, Money amount) {
        Checks.required(amount, "amount");
        requireCurrency(amount, "amount");
        Checks.check(amount.isPositive(), ErrorCodes.OUT_OF_RANGE, "amount", "must be greater than zero, was " + amount);
        paymentOrFail(paymentId);
        Receivable r = receivableOrFail(invoiceId);
        Money free = unallocated(paymentId);
        if (amount.isGreaterThan(free)) {
            throw new PaymentLedgerException(PaymentLedgerException.EXCEEDS_PAYMENT, "amount",
                    "cannot allocate " + amount + " of payment " + paymentId + ": only " + free + " of it is unallocated");
        }
        Money due = amountDue(invoiceId);
        if (amount.isGreaterThan(due)) {
            throw new PaymentLedgerException(PaymentLedgerException.EXCEEDS_DUE, "amount",
                    "cannot allocate " + amount + " to invoice " + r.invoiceNumber() + ": only " + due + " is due");
        }
        Draft d = draft(new LedgerEntry.Allocated(paymentId, invoiceId, amount));
        d.add(new Key(paymentId, invoiceId), amount);
        return d.build();
    }

    /**
     * Allocates what is unallocated of payment {@code paymentId} to {@code invoiceIds}, in that order,
     * each up to its amount due; what is left stays the buyer's credit balance.
     *
     * @throws PaymentLedgerException {@code UNKNOWN_PAYMENT}, {@code UNKNOWN_INVOICE}
     */
    public PaymentLedger allocateInOrder(String paymentId, List<String> invoiceIds) {
        paymentOrFail(paymentId);
        List<String> ids = Checks.list(invoiceIds, "invoiceIds");
        ids.forEach(this::receivableOrFail);
        PaymentLedger ledger = this;
        for (String id : ids) {
            Money part = ledger.unallocated(paymentId).min(ledger.amountDue(id));
            if (part.isPositive()) {
                ledger = ledger.allocate(paymentId, id, part);
            }
        }
        return ledger;
    }

    /**
     * Allocates what is unallocated of payment {@code paymentId} to its buyer's open invoices, the
     * earliest due first (then the earliest issued, then by id); what is left stays credit balance.
     */
    public PaymentLedger allocateOldestFirst(String paymentId) {
        String buyer = paymentOrFail(paymentId).buyerId();
        return allocateInOrder(paymentId, openReceivables(buyer).stream().map(Receivable::invoiceId).toList());
    }

    /**
     * Gives money back from a payment (refund or chargeback): the payment's unallocated part is used
     * first, then its allocations are released, latest first, so those invoices are due again.
     * Recording the same reversal again changes nothing.
     *
     * @throws PaymentLedgerException {@code UNKNOWN_PAYMENT}, {@code REVERSAL_EXCEEDS_PAYMENT} when more
     *         than what remains of the payment, {@code DUPLICATE}
     */
    public PaymentLedger reverse(Reversal reversal) {
        Checks.required(reversal, "reversal");
        requireCurrency(reversal.amount(), "reversal.amount");
        Reversal known = reversals.get(reversal.id());
        if (known != null) {
            requireSame(known, reversal, "reversal.id", reversal.id());
            return this;
        }
        paymentOrFail(reversal.paymentId());
        Money remaining = received(reversal.paymentId()).minus(reversed(reversal.paymentId()));
        if (reversal.amount().isGreaterThan(remaining)) {
            throw new PaymentLedgerException(PaymentLedgerException.REVERSAL_EXCEEDS_PAYMENT, "reversal.amount",
                    "cannot give back " + reversal.amount() + " of payment " + reversal.paymentId() + ": only " + remaining + " remains of it");
        }
        Money fromAllocations = reversal.amount().minus(unallocated(reversal.paymentId()));
        Draft d = draft(new LedgerEntry.Reversed(reversal));
        d.reversals.put(reversal.id(), reversal);
        if (fromAllocations.isPositive()) {
            d.release(k -> k.paymentId().equals(reversal.paymentId()), fromAllocations);
        }
        return d.build();
    }

    // ---------------------------------------------------------------- queries

    /** The receivable of {@code invoiceId}, if registered. */
    public Optional<Receivable> receivable(String invoiceId) {
        return Optional.ofNullable(receivables.get(invoiceId));
    }

    /** Every registered receivable, in registration order. */
    public List<Receivable> receivables() {
        return List.copyOf(receivables.values());
    }

    /** The payment {@code paymentId}, if recorded. */
    public Optional<Payment> payment(String paymentId) {
        return Optional.ofNullable(payments.get(paymentId)).map(Received::payment);
    }

    /** Every recorded payment, in recording order. */
    public List<Payment> payments() {
        return payments.values().stream().map(Received::payment).toList();
    }

    /** The buyer a payment was recorded for. */
    public Optional<String> buyerOf(String paymentId) {
        return Optional.ofNullable(payments.get(paymentId)).map(Received::buyerId);
    }

    /** Every reversal, in recording order. */
    public List<Reversal> reversals() {
        return List.copyOf(reversals.values());
    }

    /** True when a credit note with that id has been applied. */
    public boolean hasCreditNote(String creditNoteId) {
        return credits.containsKey(creditNoteId);
    }

    /** The current allocations, one per (payment, invoice) pair with a positive amount. */
    public List<PaymentAllocation> allocations() {
        List<PaymentAllocation> out = new ArrayList<>(allocations.size());
        allocations.forEach((k, v) -> out.add(new PaymentAllocation(k.paymentId(), k.invoiceId(), v)));
        return Collections.unmodifiableList(out);
    }

    /** What invoice {@code invoiceId} asked when issued. */
    public Money invoiced(String invoiceId) {
        return receivableOrFail(invoiceId).amount();
    }

    /** The sum of the credit notes applied to invoice {@code invoiceId}. */
    public Money credited(String invoiceId) {
        return sum(credits.values().stream().filter(c -> c.invoiceId().equals(invoiceId)).map(Credit::amount));
    }

    /** The sum allocated to invoice {@code invoiceId}. */
    public Money allocatedTo(String invoiceId) {
        return sum(allocations.entrySet().stream().filter(e -> e.getKey().invoiceId().equals(invoiceId)).map(Map.Entry::getValue));
    }

    /** What invoice {@code invoiceId} still asks: invoiced - credited - allocated, never negative. */
    public Money amountDue(String invoiceId) {
        return invoiced(invoiceId).minus(credited(invoiceId)).minus(allocatedTo(invoiceId));
    }

    /** What payment {@code paymentId} brought. */
    public Money received(String paymentId) {
        return paymentOrFail(paymentId).payment().amount();
    }

    /** What was given back of payment {@code paymentId} (refunds and chargebacks). */
    public Money reversed(String paymentId) {
        paymentOrFail(paymentId);
        return sum(reversals.values().stream().filter(r -> r.paymentId().equals(paymentId)).map(Reversal::amount));
    }

    /** The sum allocated from payment {@code paymentId}. */
    public Money allocatedFrom(String paymentId) {
        paymentOrFail(paymentId);
        return sum(allocations.entrySet().stream().filter(e -> e.getKey().paymentId().equals(paymentId)).map(Map.Entry::getValue));
    }

    /** What of payment {@code paymentId} is neither allocated nor given back. */
    public Money unallocated(String paymentId) {
        return received(paymentId).minus(reversed(paymentId)).minus(allocatedFrom(paymentId));
    }

    /** The buyer's credit balance: the unallocated parts of its payments. */
    public Money creditBalance(String buyerId) {
        return sum(payments.values().stream().filter(r -> r.buyerId().equals(buyerId)).map(r -> unallocated(r.payment().id())));
    }

    /** The buyer's invoices with something due, earliest due date first (then issue date, then id). */
    public List<Receivable> openReceivables(String buyerId) {
        return receivables.values().stream()
                .filter(r -> r.buyerId().equals(buyerId) && amountDue(r.invoiceId()).isPositive())
                .sorted(Comparator.comparing(Receivable::dueDate).thenComparing(Receivable::issueDate).thenComparing(Receivable::invoiceId))
                .toList();
    }

    /** Every invoice with something due, earliest due date first. */
    public List<Receivable> openReceivables() {
        return receivables.values().stream().filter(r -> amountDue(r.invoiceId()).isPositive())
                .sorted(Comparator.comparing(Receivable::dueDate).thenComparing(Receivable::issueDate).thenComparing(Receivable::invoiceId))
                .toList();
    }

    /**
     * The payment status of invoice {@code invoiceId} on day {@code on}: CANCELLED when credit notes
     * cover all it asked; PAID when nothing is due otherwise; OVERDUE when something is due after its
     * due date; PARTLY_PAID when some but not all is allocated; else ISSUED.
     */
    public InvoiceStatus status(String invoiceId, LocalDate on) {
        Checks.required(on, "on");
        Receivable r = receivableOrFail(invoiceId);
        Money credited = credited(invoiceId);
        if (credited.isPositive() && credited.equals(r.amount())) {
            return InvoiceStatus.CANCELLED;
        }
        if (amountDue(invoiceId).isZero()) {
            return InvoiceStatus.PAID;
        }
        if (on.isAfter(r.dueDate())) {
            return InvoiceStatus.OVERDUE;
        }
        return allocatedTo(invoiceId).isPositive() ? InvoiceStatus.PARTLY_PAID : InvoiceStatus.ISSUED;
    }

    /** {@code invoice} carrying the status this ledger derives for it on day {@code on} ({@link Invoice#withPaymentStatus}). */
    public Invoice withDerivedStatus(Invoice invoice, LocalDate on) {
        Checks.required(invoice, "invoice");
        return invoice.withPaymentStatus(status(invoice.id(), on));
    }

    // ---------------------------------------------------------------- internals

    private Money sum(java.util.stream.Stream<Money> amounts) {
        return amounts.reduce(Money.zero(currency), Money::plus);
    }

    private Receivable receivableOrFail(String invoiceId) {
        Receivable r = invoiceId == null ? null : receivables.get(invoiceId);
        if (r == null) {
            throw new PaymentLedgerException(PaymentLedgerException.UNKNOWN_INVOICE, "invoiceId",
                    "invoice '" + invoiceId + "' is not in the ledger");
        }
        return r;
    }

    private Received paymentOrFail(String paymentId) {
        Received r = paymentId == null ? null : payments.get(paymentId);
        if (r == null) {
            throw new PaymentLedgerException(PaymentLedgerException.UNKNOWN_PAYMENT, "paymentId",
                    "payment '" + paymentId + "' is not in the ledger");
        }
        return r;
    }

    private void requireCurrency(Money m, String path) {
        if (!m.currency().equals(currency)) {
            throw new CurrencyMismatchException(path, currency, m.currency());
        }
    }

    private static void requireSame(Object known, Object given, String path, String id) {
        if (!known.equals(given)) {
            throw new PaymentLedgerException(PaymentLedgerException.DUPLICATE, path,
                    "'" + id + "' is already recorded with different content");
        }
    }

    private Draft draft(LedgerEntry entry) {
        return new Draft(entry);
    }

    /** A private working copy; discarded when an operation fails, so the ledger is never half-changed. */
    private final class Draft {
        final Map<String, Receivable> receivables = new LinkedHashMap<>(PaymentLedger.this.receivables);
        final Map<String, Credit> credits = new LinkedHashMap<>(PaymentLedger.this.credits);
        final Map<String, Received> payments = new LinkedHashMap<>(PaymentLedger.this.payments);
        final Map<String, Reversal> reversals = new LinkedHashMap<>(PaymentLedger.this.reversals);
        final LinkedHashMap<Key, Money> allocations = new LinkedHashMap<>(PaymentLedger.this.allocations);
        final LedgerEntry entry;

        Draft(LedgerEntry entry) {
            this.entry = entry;
        }

        void add(Key key, Money amount) {
            Money before = allocations.remove(key);
            allocations.put(key, before == null ? amount : before.plus(amount));
        }

        /** Takes {@code amount} back from the matching allocations, the latest first. */
        void release(java.util.function.Predicate<Key> which, Money amount) {
            List<Key> keys = new ArrayList<>(allocations.keySet());
            Money left = amount;
            for (int i = keys.size() - 1; i >= 0 && left.isPositive(); i--) {
                Key k = keys.get(i);
                if (!which.test(k)) {
                    continue;
                }
                Money have = allocations.get(k);
                Money take = have.min(left);
                Money rest = have.minus(take);
                if (rest.isZero()) {
                    allocations.remove(k);
                } else {
                    allocations.put(k, rest);
                }
                left = left.minus(take);
            }
            // The callers compute amount from the allocations themselves; anything left means a broken invariant.
            if (left.isPositive()) {
                throw new IllegalStateException("ledger invariant broken: " + left + " could not be released");
            }
        }

        PaymentLedger build() {
            return new PaymentLedger(currency, Collections.unmodifiableMap(receivables), Collections.unmodifiableMap(credits),
                    Collections.unmodifiableMap(payments), Collections.unmodifiableMap(reversals), Collections.unmodifiableMap(allocations),
                    journal.then(entry));
        }
    }

    /** Equal ledgers hold the same invoices, credits, payments, reversals and allocations, however they got there. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PaymentLedger l && currency.equals(l.currency) && receivables.equals(l.receivables)
                && credits.equals(l.credits) && payments.equals(l.payments) && reversals.equals(l.reversals)
                && allocations.equals(l.allocations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, receivables, credits, payments, reversals, allocations);
    }

    @Override
    public String toString() {
        return "PaymentLedger[" + currency.getCurrencyCode() + ", " + receivables.size() + " invoices, " + payments.size() + " payments, "
                + allocations.size() + " allocations]";
    }
}
