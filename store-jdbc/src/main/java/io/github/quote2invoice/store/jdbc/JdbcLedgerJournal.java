package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.issuing.StoreException;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.CreditorReference;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.payment.Reversal;
import io.github.quote2invoice.receivable.LedgerChain;
import io.github.quote2invoice.receivable.LedgerEntry;
import io.github.quote2invoice.receivable.Receivable;
import io.github.quote2invoice.receivable.spi.LedgerJournal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * {@link LedgerJournal} on tables {@code q2i_ledger_entry}, {@code q2i_ledger_head} and {@code q2i_ledger_key}
 * (migration V6), one typed row per entry with its chain digest, so the ledger can also be read with SQL.
 * An append locks the book's head row until its transaction ends (appends to one book are serialized
 * across processes) and writes only when the book still has the entry count and chain digest the writer
 * read. It joins the caller's transaction when there is one ({@link JdbcTransactions}) and runs inside a
 * savepoint: a position taken or a key used rolls back only the append (and its head lock), and the
 * caller's other writes (an audit record) stay possible. Entries and keys are never changed or deleted;
 * the database's triggers refuse it too (V7).
 */
public final class JdbcLedgerJournal implements LedgerJournal {
    private static final String COLUMNS = "kind, currency, amount, invoice_id, invoice_number, buyer_id, buyer_name, issue_date, due_date,"
            + " creditor_reference, credit_note_id, payment_id, payment_method, received_on, external_reference, payer_name, reversal_id,"
            + " reversal_kind, reversed_on";
    private static final String INSERT = "INSERT INTO q2i_ledger_entry (book, position, " + COLUMNS + ", chain, recorded_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTransactions transactions;
    private final Clock clock;

    /**
     * @param transactions the transactions appends join
     * @param clock gives the rows' {@code recorded_at}
     */
    public JdbcLedgerJournal(JdbcTransactions transactions, Clock clock) {
        this.transactions = Checks.required(transactions, "transactions");
        this.clock = Checks.required(clock, "clock");
    }

    @Override
    public List<LedgerEntry> read(String book, int from) {
        String b = Checks.text(book, "book", 200);
        Checks.check(from >= 0, ErrorCodes.OUT_OF_RANGE, "from", "must not be negative, was " + from);
        return transactions.execute(tx -> {
            List<LedgerEntry> entries = new ArrayList<>();
            try (PreparedStatement ps = tx.prepare("SELECT position, " + COLUMNS + " FROM q2i_ledger_entry WHERE book = ? AND position >= ?"
                    + " ORDER BY position")) {
                ps.setString(1, b);
                ps.setInt(2, from);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int position = rs.getInt("position");
                        if (position != from + entries.size()) {
                            throw new StoreException("ledger journal of book " + b + " has no entry at position " + (from + entries.size())
                                    + " (next stored: " + position + ")", null);
                        }
                        entries.add(entryOf(rs, b, position));
                    }
                }
            }
            return entries;
        });
    }

    @Override
    public Optional<String> chainAt(String book, int position) {
        String b = Checks.text(book, "book", 200);
        return transactions.execute(tx -> {
            try (PreparedStatement ps = tx.prepare("SELECT chain FROM q2i_ledger_entry WHERE book = ? AND position = ?")) {
                ps.setString(1, b);
                ps.setInt(2, position);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1).trim()) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Append append(String book, int at, String chainBefore, List<LedgerEntry> entries, Optional<String> key) {
        String b = Checks.text(book, "book", 200);
        String before = Checks.text(chainBefore, "chainBefore", 64);
        List<LedgerEntry> list = Checks.list(entries, "entries");
        Optional<String> k = Checks.optionalText(key, "key");
        Checks.check(at >= 0, ErrorCodes.OUT_OF_RANGE, "at", "must not be negative, was " + at);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return transactions.execute(tx -> {
            Connection c = tx.connection();
            tx.flush(); // the transaction's deferred statements go before the savepoint
            Savepoint savepoint = c.setSavepoint();
            try {
                Append result = appendWithin(tx, b, at, before, list, k, now);
                if (result == Append.APPENDED) {
                    c.releaseSavepoint(savepoint);
                } else {
                    c.rollback(savepoint);
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback(savepoint);
                throw e;
            }
        });
    }

    /**
     * Under the book's head row lock (held to the end of the transaction, so appends to one book are
     * serialized): the key, then the position and chain check, then the rows and the new head.
     */
    private static Append appendWithin(JdbcTransaction tx, String book, int at, String chainBefore, List<LedgerEntry> entries,
                                       Optional<String> key, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = tx.prepare("INSERT INTO q2i_ledger_head (book, entries, chain) VALUES (?, 0, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, book);
            ps.setString(2, LedgerChain.START);
            ps.executeUpdate();
        }
        int count;
        String chain;
        try (PreparedStatement ps = tx.prepare("SELECT entries, chain FROM q2i_ledger_head WHERE book = ? FOR UPDATE")) {
            ps.setString(1, book);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                count = rs.getInt(1);
                chain = rs.getString(2).trim();
            }
        }
        if (key.isPresent() && keyUsedIn(tx, book, key.get())) {
            return Append.KEY_USED;
        }
        if (at > count) {
            throw new InvalidValueException(ErrorCodes.OUT_OF_RANGE, "at", "book " + book + " has " + count + " entries; cannot append at " + at);
        }
        if (at < count || !chain.equals(chainBefore)) {
            return Append.POSITION_TAKEN;
        }
        try (PreparedStatement ps = tx.prepare(INSERT)) {
            for (int i = 0; i < entries.size(); i++) {
                chain = LedgerChain.next(chain, entries.get(i));
                bind(ps, book, at + i, entries.get(i), chain, now);
                ps.executeUpdate();
            }
        }
        if (key.isPresent()) {
            try (PreparedStatement ps = tx.prepare("INSERT INTO q2i_ledger_key (book, ledger_key, position, used_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, book);
                ps.setString(2, key.get());
                ps.setInt(3, at + entries.size());
                ps.setObject(4, now);
                ps.executeUpdate();
            }
        }
        if (!entries.isEmpty()) {
            try (PreparedStatement ps = tx.prepare("UPDATE q2i_ledger_head SET entries = ?, chain = ? WHERE book = ?")) {
                ps.setInt(1, at + entries.size());
                ps.setString(2, chain);
                ps.setString(3, book);
                ps.executeUpdate();
            }
        }
        return Append.APPENDED;
    }

    /** True for the transactions this journal was made on ({@code JdbcStores.ledgerJournal(stores)}: the stores'). */
    @Override
    public boolean joins(Object transactions) {
        return transactions == this.transactions;
    }

    @Override
    public boolean keyUsed(String book, String key) {
        String b = Checks.text(book, "book", 200);
        String k = Checks.text(key, "key", 300);
        return transactions.execute(tx -> keyUsedIn(tx, b, k));
    }

    private static boolean keyUsedIn(JdbcTransaction tx, String book, String key) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT 1 FROM q2i_ledger_key WHERE book = ? AND ledger_key = ?")) {
            ps.setString(1, book);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The row of one entry: the columns its kind uses, the others null. */
    private static void bind(PreparedStatement ps, String book, int position, LedgerEntry entry, String chain, OffsetDateTime now)
            throws SQLException {
        Object[] row;
        if (entry instanceof LedgerEntry.Registered e) {
            Receivable r = e.receivable();
            row = new Object[] {"REGISTERED", r.amount(), r.invoiceId(), r.invoiceNumber(), r.buyerId(), r.buyerName(), r.issueDate(),
                r.dueDate(), r.reference().map(CreditorReference::value).orElse(null), null, null, null, null, null, null, null, null, null};
        } else if (entry instanceof LedgerEntry.Credited e) {
            row = new Object[] {"CREDITED", e.amount(), e.invoiceId(), null, null, null, null, null, null, e.creditNoteId(), null, null, null,
                null, null, null, null, null};
        } else if (entry instanceof LedgerEntry.Recorded e) {
            Payment p = e.payment();
            row = new Object[] {"RECORDED", p.amount(), null, null, e.buyerId(), null, null, null, null, null, p.id(), p.method().name(),
                p.receivedOn(), p.externalReference().orElse(null), p.payerName().orElse(null), null, null, null};
        } else if (entry instanceof LedgerEntry.Allocated e) {
            row = new Object[] {"ALLOCATED", e.amount(), e.invoiceId(), null, null, null, null, null, null, null, e.paymentId(), null, null,
                null, null, null, null, null};
        } else {
            Reversal r = ((LedgerEntry.Reversed) entry).reversal();
            row = new Object[] {"REVERSED", r.amount(), null, null, null, null, null, null, null, null, r.paymentId(), null, null, null, null,
                r.id(), r.kind().name(), r.date()};
        }
        ps.setString(1, book);
        ps.setInt(2, position);
        ps.setString(3, (String) row[0]);
        Money amount = (Money) row[1];
        ps.setString(4, amount.currency().getCurrencyCode());
        ps.setBigDecimal(5, amount.amount());
        for (int i = 2; i < row.length; i++) {
            int index = i + 4;
            Object v = row[i];
            if (v instanceof LocalDate d) {
                ps.setObject(index, d);
            } else if (v == null && isDateColumn(i)) {
                ps.setNull(index, Types.DATE);
            } else if (v == null) {
                ps.setNull(index, Types.VARCHAR);
            } else {
                ps.setString(index, (String) v);
            }
        }
        ps.setString(22, chain);
        ps.setObject(23, now);
    }

    /** Positions (in the row arrays of {@link #bind}) of issue_date, due_date, received_on and reversed_on. */
    private static boolean isDateColumn(int i) {
        return i == 6 || i == 7 || i == 12 || i == 17;
    }

    private static LedgerEntry entryOf(ResultSet rs, String book, int position) throws SQLException {
        String kind = rs.getString("kind");
        Currency currency = Currency.getInstance(rs.getString("currency").trim());
        Money amount = Money.of(rs.getBigDecimal("amount"), currency);
        switch (kind) {
            case "REGISTERED":
                return new LedgerEntry.Registered(new Receivable(rs.getString("invoice_id"), rs.getString("invoice_number"),
                        rs.getString("buyer_id"), rs.getString("buyer_name"), amount, date(rs, "issue_date"), date(rs, "due_date"),
                        Optional.ofNullable(rs.getString("creditor_reference")).map(CreditorReference::parse)));
            case "CREDITED":
                return new LedgerEntry.Credited(rs.getString("credit_note_id"), rs.getString("invoice_id"), amount);
            case "RECORDED":
                return new LedgerEntry.Recorded(new Payment(rs.getString("payment_id"), amount, PaymentMethod.valueOf(rs.getString("payment_method")),
                        date(rs, "received_on"), Optional.ofNullable(rs.getString("external_reference")),
                        Optional.ofNullable(rs.getString("payer_name"))), rs.getString("buyer_id"));
            case "ALLOCATED":
                return new LedgerEntry.Allocated(rs.getString("payment_id"), rs.getString("invoice_id"), amount);
            case "REVERSED":
                return new LedgerEntry.Reversed(new Reversal(rs.getString("reversal_id"), rs.getString("payment_id"), amount,
                        Reversal.Kind.valueOf(rs.getString("reversal_kind")), date(rs, "reversed_on")));
            default:
                throw new StoreException("ledger journal of book " + book + ", position " + position + ": unknown kind '" + kind + "'", null);
        }
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
