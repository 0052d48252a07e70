package io.github.quote2invoice.receivable;

import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentAllocation;
import io.github.quote2invoice.payment.Reversal;
import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceStatus;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.money.Money;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
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
 * also when it fails with a {@link PaymentLedgerException}. Amounts are exact {@link Money}. The sums
 * per invoice and per payment are kept up to date, so a query or a rule check costs the same whatever
 * the size of the ledger; an operation copies the ledger's tables (about a millisecond for tens of
 * thousands of invoices), and {@link #replay} reads a journal without copying.
 */
public final class PaymentLedger {
    /**
     * The entries so far, newest first, shared between a ledger and those derived from it (appending
     * copies nothing). Each node's chain digest ({@link LedgerChain}) is computed when first asked for,
     * from the nearest node that has it, without recursion.
     */
    private static final class Journal {
        static final Journal EMPTY = new Journal(null, null, 0, LedgerChain.START);

        final LedgerEntry entry;
        final Journal previous;
        final int size;
        private volatile String digest;

        private Journal(LedgerEntry entry, Journal previous, int size, String digest) {
            this.entry = entry;
            this.previous = previous;
            this.size = size;
            this.digest = digest;
        }

        Journal then(LedgerEntry e) {
            return new Journal(e, this, size + 1, null);
        }

        String digest() {
            String d = digest;
            if (d != null) {
                return d;
            }
            java.util.ArrayDeque<Journal> pending = new java.util.ArrayDeque<>();
            Journal j = this;
            while (j.digest == null) {
                pending.push(j);
                j = j.previous;
            }
            d = j.digest;
            while (!pending.isEmpty()) {
                Journal n = pending.pop();
                d = LedgerChain.next(d, n.entry);
                n.digest = d;
            }
            return d;
        }
    }

    private final LedgerState state;
    private final Journal journal;

    private PaymentLedger(LedgerState state, Journal journal) {
        this.state = state;
        this.journal = journal;
    }

    /** An empty ledger in {@code currency}. */
    public static PaymentLedger empty(Currency currency) {
        Money.minorDigits(currency);
        return new PaymentLedger(new LedgerState(currency), Journal.EMPTY);
    }

    /**
     * The ledger {@code entries} make, applied in order to an empty ledger in {@code currency}: how a
     * stored ledger is read back ({@link #entries()}). One pass, no copy per entry.
     *
     * @throws PaymentLedgerException or another typed exception when an entry is refused by the ledger's
     *         rules, or changes nothing (it repeats an earlier one), with the entry's position in the path
     */
    public static PaymentLedger replay(Currency currency, List<LedgerEntry> entries) {
        Money.minorDigits(Checks.required(currency, "currency"));
        return empty(currency).extend(entries);
    }

    /**
     * This ledger with {@code entries} applied in order, on one copy of its state: what
     * {@link PaymentBook} does with what other processes appended. Errors name the entry by its position
     * in the whole journal ({@code entries[n]}).
     */
    PaymentLedger extend(List<LedgerEntry> entries) {
        List<LedgerEntry> list = Checks.list(entries, "entries");
        if (list.isEmpty()) {
            return this;
        }
        LedgerState s = state.copy(); // copies each table once, at its first change
        Journal j = journal;
        for (int i = 0; i < list.size(); i++) {
            int position = journal.size + i;
            String at = "entries[" + position + "]";
            LedgerEntry e = Checks.required(list.get(i), at);
            boolean changed;
            try {
                changed = apply(s, e);
            } catch (PaymentLedgerException x) {
                throw new PaymentLedgerException(x.code(), x.path().isEmpty() ? at : at + "." + x.path(), "entry " + position + " refused: "
                        + x.rawMessage());
            } catch (InvalidValueException x) {
                throw x.within(at);
            }
            if (!changed) {
                throw new PaymentLedgerException(PaymentLedgerException.DUPLICATE, at, "entry " + position
                        + " changes nothing: it repeats an earlier one");
            }
            j = j.then(e);
        }
        return new PaymentLedger(s, j);
    }

    /** Applies {@code e} to {@code s} in place; false when it changes nothing. */
    private static boolean apply(LedgerState s, LedgerEntry e) {
        if (e instanceof LedgerEntry.Registered r) {
            return s.register(r.receivable());
        }
        if (e instanceof LedgerEntry.Credited c) {
            return s.applyCredit(new LedgerState.Credit(c.creditNoteId(), c.invoiceId(), c.amount()));
        }
        if (e instanceof LedgerEntry.Recorded r) {
            return s.record(new LedgerState.Received(r.payment(), r.buyerId()));
        }
        if (e instanceof LedgerEntry.Allocated a) {
            s.allocate(a.paymentId(), a.invoiceId(), a.amount());
            return true;
        }
        return s.reverse(((LedgerEntry.Reversed) e).reversal());
    }

    /** {@code e} applied to a copy of this ledger's state; this ledger when it changes nothing. */
    private PaymentLedger change(LedgerEntry e) {
        LedgerState s = state.copy();
        return apply(s, e) ? new PaymentLedger(s, journal.then(e)) : this;
    }

    /** Every change this ledger went through since it was empty, oldest first: {@link #replay} of them gives it back. */
    public List<LedgerEntry> entries() {
        return entriesAfter(0);
    }

    /**
     * The chain digest after this ledger's last entry ({@link LedgerChain}; {@link LedgerChain#START}
     * without entries): equal for two ledgers exactly when they went through the same entries.
     */
    public String chainDigest() {
        return journal.digest();
    }

    /** How many entries this ledger has ({@link #entries()}{@code .size()}). */
    public int entryCount() {
        return journal.size;
    }

    /**
     * The entries after the first {@code count}, oldest first: what this ledger added to an earlier
     * ledger it was derived from, which had {@code count} entries.
     *
     * @throws io.github.quote2invoice.error.InvalidValueException {@code OUT_OF_RANGE} when {@code count}
     *         is negative or more than {@link #entryCount()}
     */
    public List<LedgerEntry> entriesAfter(int count) {
        Checks.check(count >= 0 && count <= journal.size, ErrorCodes.OUT_OF_RANGE, "count",
                "must be between 0 and " + journal.size + ", was " + count);
        LedgerEntry[] newer = new LedgerEntry[journal.size - count];
        Journal j = journal;
        for (int i = newer.length - 1; i >= 0; i--) {
            newer[i] = j.entry;
            j = j.previous;
        }
        return List.of(newer);
    }

    /**
     * True when this ledger is {@code earlier} plus zero or more entries (it was derived from it by
     * operations), false when it was built apart from it.
     */
    public boolean descendsFrom(PaymentLedger earlier) {
        Checks.required(earlier, "earlier");
        if (!state.currency.equals(earlier.state.currency) || journal.size < earlier.journal.size) {
            return false;
        }
        Journal j = journal;
        while (j.size > earlier.journal.size) {
            j = j.previous;
        }
        return j == earlier.journal;
    }

    /** The ledger's currency: every amount in it is in this currency. */
    public Currency currency() {
        return state.currency;
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
     * @throws io.github.quote2invoice.error.CurrencyMismatchException when not in the ledger's currency
     */
    public PaymentLedger register(Receivable receivable) {
        return change(new LedgerEntry.Registered(Checks.required(receivable, "receivable")));
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
        String invoiceId = corrected.invoiceId().orElseGet(() -> state.receivables.values().stream()
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
        return change(new LedgerEntry.Credited(creditNoteId, invoiceId, amount));
    }

    /**
     * Records a payment received from buyer {@code buyerId}, not yet allocated (all of it is credit
     * balance until allocated). Recording the same payment again changes nothing.
     *
     * @throws PaymentLedgerException {@code DUPLICATE} when another payment has that id
     */
    public PaymentLedger record(Payment payment, String buyerId) {
        return change(new LedgerEntry.Recorded(payment, buyerId));
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
        state.requireCurrency(amount, "amount");
        Checks.check(amount.isPositive(), ErrorCodes.OUT_OF_RANGE, "amount", "must be greater than zero, was " + amount);
        state.paymentOrFail(paymentId);
        state.receivableOrFail(invoiceId);
        return change(new LedgerEntry.Allocated(paymentId, invoiceId, amount));
    }

    /**
     * Allocates what is unallocated of payment {@code paymentId} to {@code invoiceIds}, in that order,
     * each up to its amount due; what is left stays the buyer's credit balance.
     *
     * @throws PaymentLedgerException {@code UNKNOWN_PAYMENT}, {@code UNKNOWN_INVOICE}
     */
    public PaymentLedger allocateInOrder(String paymentId, List<String> invoiceIds) {
        state.paymentOrFail(paymentId);
        List<String> ids = Checks.list(invoiceIds, "invoiceIds");
        ids.forEach(state::receivableOrFail);
        LedgerState s = null;
        Journal j = journal;
        for (String id : ids) {
            LedgerState current = s == null ? state : s;
            Money part = current.unallocated(paymentId).min(current.amountDue(id));
            if (part.isPositive()) {
                if (s == null) {
                    s = state.copy();
                }
                LedgerEntry.Allocated e = new LedgerEntry.Allocated(paymentId, id, part);
                s.allocate(paymentId, id, part);
                j = j.then(e);
            }
        }
        return s == null ? this : new PaymentLedger(s, j);
    }

    /**
     * Allocates what is unallocated of payment {@code paymentId} to its buyer's open invoices, the
     * earliest due first (then the earliest issued, then by id); what is left stays credit balance.
     */
    public PaymentLedger allocateOldestFirst(String paymentId) {
        String buyer = state.paymentOrFail(paymentId).buyerId();
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
        return change(new LedgerEntry.Reversed(Checks.required(reversal, "reversal")));
    }

    // ---------------------------------------------------------------- queries

    /** The receivable of {@code invoiceId}, if registered. */
    public Optional<Receivable> receivable(String invoiceId) {
        return Optional.ofNullable(state.receivables.get(invoiceId));
    }

    /** Every registered receivable, in registration order. */
    public List<Receivable> receivables() {
        return List.copyOf(state.receivables.values());
    }

    /** The payment {@code paymentId}, if recorded. */
    public Optional<Payment> payment(String paymentId) {
        return Optional.ofNullable(state.payments.get(paymentId)).map(LedgerState.Received::payment);
    }

    /** Every recorded payment, in recording order. */
    public List<Payment> payments() {
        return state.payments.values().stream().map(LedgerState.Received::payment).toList();
    }

    /** The buyer a payment was recorded for. */
    public Optional<String> buyerOf(String paymentId) {
        return Optional.ofNullable(state.payments.get(paymentId)).map(LedgerState.Received::buyerId);
    }

    /** Every reversal, in recording order. */
    public List<Reversal> reversals() {
        return List.copyOf(state.reversals.values());
    }

    /** True when a credit note with that id has been applied. */
    public boolean hasCreditNote(String creditNoteId) {
        return state.credits.containsKey(creditNoteId);
    }

    /** The current allocations, one per (payment, invoice) pair with a positive amount, the latest increased last. */
    public List<PaymentAllocation> allocations() {
        return Collections.unmodifiableList(state.allocationList());
    }

    /** What invoice {@code invoiceId} asked when issued. */
    public Money invoiced(String invoiceId) {
        return state.receivableOrFail(invoiceId).amount();
    }

    /** The sum of the credit notes applied to invoice {@code invoiceId}. */
    public Money credited(String invoiceId) {
        return state.credited(invoiceId);
    }

    /** The sum allocated to invoice {@code invoiceId}. */
    public Money allocatedTo(String invoiceId) {
        return state.allocatedTo(invoiceId);
    }

    /** What invoice {@code invoiceId} still asks: invoiced - credited - allocated, never negative. */
    public Money amountDue(String invoiceId) {
        return state.amountDue(invoiceId);
    }

    /** What payment {@code paymentId} brought. */
    public Money received(String paymentId) {
        return state.received(paymentId);
    }

    /** What was given back of payment {@code paymentId} (refunds and chargebacks). */
    public Money reversed(String paymentId) {
        return state.reversed(paymentId);
    }

    /** The sum allocated from payment {@code paymentId}. */
    public Money allocatedFrom(String paymentId) {
        return state.allocatedFrom(paymentId);
    }

    /** What of payment {@code paymentId} is neither allocated nor given back. */
    public Money unallocated(String paymentId) {
        return state.unallocated(paymentId);
    }

    /** The buyer's credit balance: the unallocated parts of its payments. */
    public Money creditBalance(String buyerId) {
        Money sum = state.zero;
        for (LedgerState.Received r : state.payments.values()) {
            if (r.buyerId().equals(buyerId)) {
                sum = sum.plus(state.unallocated(r.payment().id()));
            }
        }
        return sum;
    }

    /** The buyer's invoices with something due, earliest due date first (then issue date, then id). */
    public List<Receivable> openReceivables(String buyerId) {
        return state.receivables.values().stream()
                .filter(r -> r.buyerId().equals(buyerId) && state.amountDue(r.invoiceId()).isPositive())
                .sorted(Comparator.comparing(Receivable::dueDate).thenComparing(Receivable::issueDate).thenComparing(Receivable::invoiceId))
                .toList();
    }

    /** Every invoice with something due, earliest due date first. */
    public List<Receivable> openReceivables() {
        return state.receivables.values().stream().filter(r -> state.amountDue(r.invoiceId()).isPositive())
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
        Receivable r = state.receivableOrFail(invoiceId);
        Money credited = state.credited(invoiceId);
        if (credited.isPositive() && credited.equals(r.amount())) {
            return InvoiceStatus.CANCELLED;
        }
        if (state.amountDue(invoiceId).isZero()) {
            return InvoiceStatus.PAID;
        }
        if (on.isAfter(r.dueDate())) {
            return InvoiceStatus.OVERDUE;
        }
        return state.allocatedTo(invoiceId).isPositive() ? InvoiceStatus.PARTLY_PAID : InvoiceStatus.ISSUED;
    }

    /** {@code invoice} carrying the status this ledger derives for it on day {@code on} ({@link Invoice#withPaymentStatus}). */
    public Invoice withDerivedStatus(Invoice invoice, LocalDate on) {
        Checks.required(invoice, "invoice");
        return invoice.withPaymentStatus(status(invoice.id(), on));
    }

    /** Equal ledgers hold the same invoices, credits, payments, reversals and allocations, however they got there. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PaymentLedger l && state.sameAs(l.state);
    }

    @Override
    public int hashCode() {
        return state.contentHash();
    }

    @Override
    public String toString() {
        return "PaymentLedger[" + state.currency.getCurrencyCode() + ", " + state.receivables.size() + " invoices, " + state.payments.size()
                + " payments, " + state.allocations.size() + " allocations]";
    }
}
