package io.github.quote2invoice.receivable;

import io.github.quote2invoice.error.CurrencyMismatchException;
import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentAllocation;
import io.github.quote2invoice.payment.Reversal;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The mutable state behind a {@link PaymentLedger}, with the ledger's rules. A ledger never changes its
 * state: an operation works on a {@link #copy()}, which copies only the tables it changes, and replaying
 * a journal works on one state from start to end. Sums per invoice and per payment are kept as they change, so each rule costs the same whatever the
 * size of the ledger. Not thread-safe; not API.
 */
final class LedgerState {
    record Credit(String creditNoteId, String invoiceId, Money amount) {
    }

    record Received(Payment payment, String buyerId) {
    }

    record Key(String paymentId, String invoiceId) {
    }

    final Currency currency;
    final Money zero;
    // Each table is shared with the state this one was copied from until this one first changes it
    // (copy on write, per table): an operation copies only the tables it changes.
    LinkedHashMap<String, Receivable> receivables;
    LinkedHashMap<String, Credit> credits;
    LinkedHashMap<String, Received> payments;
    LinkedHashMap<String, Reversal> reversals;
    /** Net allocation per (payment, invoice), in the order they were last increased: the release order is the reverse. */
    LinkedHashMap<Key, Money> allocations;
    private HashMap<String, Money> creditedByInvoice;
    private HashMap<String, Money> allocatedToInvoice;
    private HashMap<String, Money> allocatedFromPayment;
    private HashMap<String, Money> reversedOfPayment;
    /**
     * The allocation keys of each invoice and of each payment, in the order of {@link #allocations}. The
     * sets are never changed once in a table: a change puts a new set (they hold a few keys each).
     */
    private HashMap<String, LinkedHashSet<Key>> keysOfInvoice;
    private HashMap<String, LinkedHashSet<Key>> keysOfPayment;
    /** Which tables this state owns (may change): a bit per table, in the order above. */
    private int owned;
    private static final int ALL = (1 << 11) - 1;

    LedgerState(Currency currency) {
        this.currency = currency;
        this.zero = Money.zero(currency);
        this.receivables = new LinkedHashMap<>();
        this.credits = new LinkedHashMap<>();
        this.payments = new LinkedHashMap<>();
        this.reversals = new LinkedHashMap<>();
        this.allocations = new LinkedHashMap<>();
        this.creditedByInvoice = new HashMap<>();
        this.allocatedToInvoice = new HashMap<>();
        this.allocatedFromPayment = new HashMap<>();
        this.reversedOfPayment = new HashMap<>();
        this.keysOfInvoice = new HashMap<>();
        this.keysOfPayment = new HashMap<>();
        this.owned = ALL;
    }

    private LedgerState(LedgerState o) {
        this.currency = o.currency;
        this.zero = o.zero;
        this.receivables = o.receivables;
        this.credits = o.credits;
        this.payments = o.payments;
        this.reversals = o.reversals;
        this.allocations = o.allocations;
        this.creditedByInvoice = o.creditedByInvoice;
        this.allocatedToInvoice = o.allocatedToInvoice;
        this.allocatedFromPayment = o.allocatedFromPayment;
        this.reversedOfPayment = o.reversedOfPayment;
        this.keysOfInvoice = o.keysOfInvoice;
        this.keysOfPayment = o.keysOfPayment;
        this.owned = 0;
    }

    /**
     * A state to change, sharing this one's tables until it changes them. This one must not change any
     * more (it belongs to an immutable ledger): it is only read, by any thread.
     */
    LedgerState copy() {
        return new LedgerState(this);
    }

    /** {@code table} itself when this state owns it (bit {@code bit}), else its copy, owned from then on. */
    private <T> T writable(int bit, T table, UnaryOperator<T> copy) {
        if ((owned & bit) != 0) {
            return table;
        }
        owned |= bit;
        return copy.apply(table);
    }

    // The tables, made writable (copied the first time) before a change.
    private LinkedHashMap<String, Receivable> receivablesW() {
        return receivables = writable(1 << 0, receivables, LinkedHashMap::new);
    }

    private LinkedHashMap<String, Credit> creditsW() {
        return credits = writable(1 << 1, credits, LinkedHashMap::new);
    }

    private LinkedHashMap<String, Received> paymentsW() {
        return payments = writable(1 << 2, payments, LinkedHashMap::new);
    }

    private LinkedHashMap<String, Reversal> reversalsW() {
        return reversals = writable(1 << 3, reversals, LinkedHashMap::new);
    }

    private LinkedHashMap<Key, Money> allocationsW() {
        return allocations = writable(1 << 4, allocations, LinkedHashMap::new);
    }

    private HashMap<String, Money> creditedByInvoiceW() {
        return creditedByInvoice = writable(1 << 5, creditedByInvoice, HashMap::new);
    }

    private HashMap<String, Money> allocatedToInvoiceW() {
        return allocatedToInvoice = writable(1 << 6, allocatedToInvoice, HashMap::new);
    }

    private HashMap<String, Money> allocatedFromPaymentW() {
        return allocatedFromPayment = writable(1 << 7, allocatedFromPayment, HashMap::new);
    }

    private HashMap<String, Money> reversedOfPaymentW() {
        return reversedOfPayment = writable(1 << 8, reversedOfPayment, HashMap::new);
    }

    private HashMap<String, LinkedHashSet<Key>> keysOfInvoiceW() {
        return keysOfInvoice = writable(1 << 9, keysOfInvoice, HashMap::new);
    }

    private HashMap<String, LinkedHashSet<Key>> keysOfPaymentW() {
        return keysOfPayment = writable(1 << 10, keysOfPayment, HashMap::new);
    }

    // ---------------------------------------------------------------- rules (each returns false when it changes nothing)

    boolean register(Receivable receivable) {
        requireCurrency(receivable.amount(), "receivable.amount");
        Receivable known = receivables.get(receivable.invoiceId());
        if (known != null) {
            requireSame(known, receivable, "invoiceId", receivable.invoiceId());
            return false;
        }
        receivablesW().put(receivable.invoiceId(), receivable);
        return true;
    }

    boolean applyCredit(Credit credit) {
        requireCurrency(credit.amount(), "amount");
        Checks.check(credit.amount().isPositive(), ErrorCodes.OUT_OF_RANGE, "amount", "must be greater than zero, was " + credit.amount());
        Credit known = credits.get(credit.creditNoteId());
        if (known != null) {
            requireSame(known, credit, "creditNoteId", credit.creditNoteId());
            return false;
        }
        String invoiceId = credit.invoiceId();
        Receivable r = receivableOrFail(invoiceId);
        Money creditedAfter = credited(invoiceId).plus(credit.amount());
        if (creditedAfter.isGreaterThan(r.amount())) {
            throw new PaymentLedgerException(PaymentLedgerException.CREDIT_EXCEEDS_INVOICE, "amount",
                    "credit notes for invoice " + r.invoiceNumber() + " would total " + creditedAfter + ", more than its " + r.amount());
        }
        creditsW().put(credit.creditNoteId(), credit);
        creditedByInvoiceW().put(invoiceId, creditedAfter);
        Money excess = allocatedTo(invoiceId).minus(r.amount().minus(creditedAfter));
        if (excess.isPositive()) {
            release(keysOfInvoice.get(invoiceId), excess);
        }
        return true;
    }

    boolean record(Received received) {
        requireCurrency(received.payment().amount(), "payment.amount");
        Received known = payments.get(received.payment().id());
        if (known != null) {
            requireSame(known, received, "payment.id", received.payment().id());
            return false;
        }
        paymentsW().put(received.payment().id(), received);
        return true;
    }

    void allocate(String paymentId, String invoiceId, Money amount) {
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
        Key key = new Key(paymentId, invoiceId);
        Money before = allocationsW().remove(key);
        allocations.put(key, before == null ? amount : before.plus(amount));
        moveToEnd(keysOfInvoiceW(), invoiceId, key);
        moveToEnd(keysOfPaymentW(), paymentId, key);
        allocatedToInvoiceW().merge(invoiceId, amount, Money::plus);
        allocatedFromPaymentW().merge(paymentId, amount, Money::plus);
    }

    boolean reverse(Reversal reversal) {
        requireCurrency(reversal.amount(), "reversal.amount");
        Reversal known = reversals.get(reversal.id());
        if (known != null) {
            requireSame(known, reversal, "reversal.id", reversal.id());
            return false;
        }
        String paymentId = reversal.paymentId();
        paymentOrFail(paymentId);
        Money remaining = received(paymentId).minus(reversed(paymentId));
        if (reversal.amount().isGreaterThan(remaining)) {
            throw new PaymentLedgerException(PaymentLedgerException.REVERSAL_EXCEEDS_PAYMENT, "reversal.amount",
                    "cannot give back " + reversal.amount() + " of payment " + paymentId + ": only " + remaining + " remains of it");
        }
        Money fromAllocations = reversal.amount().minus(unallocated(paymentId));
        reversalsW().put(reversal.id(), reversal);
        reversedOfPaymentW().merge(paymentId, reversal.amount(), Money::plus);
        if (fromAllocations.isPositive()) {
            release(keysOfPayment.get(paymentId), fromAllocations);
        }
        return true;
    }

    // ---------------------------------------------------------------- sums

    Money credited(String invoiceId) {
        return creditedByInvoice.getOrDefault(invoiceId, zero);
    }

    Money allocatedTo(String invoiceId) {
        return allocatedToInvoice.getOrDefault(invoiceId, zero);
    }

    Money amountDue(String invoiceId) {
        return receivableOrFail(invoiceId).amount().minus(credited(invoiceId)).minus(allocatedTo(invoiceId));
    }

    Money received(String paymentId) {
        return paymentOrFail(paymentId).payment().amount();
    }

    Money reversed(String paymentId) {
        paymentOrFail(paymentId);
        return reversedOfPayment.getOrDefault(paymentId, zero);
    }

    Money allocatedFrom(String paymentId) {
        paymentOrFail(paymentId);
        return allocatedFromPayment.getOrDefault(paymentId, zero);
    }

    Money unallocated(String paymentId) {
        return received(paymentId).minus(reversed(paymentId)).minus(allocatedFrom(paymentId));
    }

    List<PaymentAllocation> allocationList() {
        List<PaymentAllocation> out = new ArrayList<>(allocations.size());
        allocations.forEach((k, v) -> out.add(new PaymentAllocation(k.paymentId(), k.invoiceId(), v)));
        return out;
    }

    Receivable receivableOrFail(String invoiceId) {
        Receivable r = invoiceId == null ? null : receivables.get(invoiceId);
        if (r == null) {
            throw new PaymentLedgerException(PaymentLedgerException.UNKNOWN_INVOICE, "invoiceId",
                    "invoice '" + invoiceId + "' is not in the ledger");
        }
        return r;
    }

    Received paymentOrFail(String paymentId) {
        Received r = paymentId == null ? null : payments.get(paymentId);
        if (r == null) {
            throw new PaymentLedgerException(PaymentLedgerException.UNKNOWN_PAYMENT, "paymentId",
                    "payment '" + paymentId + "' is not in the ledger");
        }
        return r;
    }

    void requireCurrency(Money m, String path) {
        if (!m.currency().equals(currency)) {
            throw new CurrencyMismatchException(path, currency, m.currency());
        }
    }

    // ---------------------------------------------------------------- internals

    private static void requireSame(Object known, Object given, String path, String id) {
        if (!known.equals(given)) {
            throw new PaymentLedgerException(PaymentLedgerException.DUPLICATE, path,
                    "'" + id + "' is already recorded with different content");
        }
    }

    private static void moveToEnd(HashMap<String, LinkedHashSet<Key>> index, String id, Key key) {
        LinkedHashSet<Key> old = index.get(id);
        LinkedHashSet<Key> keys = old == null ? new LinkedHashSet<>() : new LinkedHashSet<>(old);
        keys.remove(key);
        keys.add(key);
        index.put(id, keys);
    }

    private static void removeKey(HashMap<String, LinkedHashSet<Key>> index, String id, Key key) {
        LinkedHashSet<Key> keys = new LinkedHashSet<>(index.get(id));
        keys.remove(key);
        index.put(id, keys);
    }

    /** Takes {@code amount} back from the allocations {@code keys} (of one invoice or one payment), the latest first. */
    private void release(LinkedHashSet<Key> keys, Money amount) {
        List<Key> latestLast = keys == null ? List.of() : new ArrayList<>(keys);
        Money left = amount;
        for (int i = latestLast.size() - 1; i >= 0 && left.isPositive(); i--) {
            Key k = latestLast.get(i);
            Money have = allocations.get(k);
            Money take = have.min(left);
            Money rest = have.minus(take);
            if (rest.isZero()) {
                allocationsW().remove(k);
                removeKey(keysOfInvoiceW(), k.invoiceId(), k);
                removeKey(keysOfPaymentW(), k.paymentId(), k);
            } else {
                allocationsW().put(k, rest);
            }
            allocatedToInvoiceW().merge(k.invoiceId(), take, Money::minus);
            allocatedFromPaymentW().merge(k.paymentId(), take, Money::minus);
            left = left.minus(take);
        }
        // The callers compute amount from the allocations themselves; anything left means a broken invariant.
        if (left.isPositive()) {
            throw new IllegalStateException("ledger invariant broken: " + left + " could not be released");
        }
    }

    /** Same invoices, credits, payments, reversals and allocation amounts. */
    boolean sameAs(LedgerState o) {
        return currency.equals(o.currency) && receivables.equals(o.receivables) && credits.equals(o.credits) && payments.equals(o.payments)
                && reversals.equals(o.reversals) && allocations.equals(o.allocations);
    }

    int contentHash() {
        return java.util.Objects.hash(currency, receivables, credits, payments, reversals, allocations);
    }
}
