package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.event.DomainEvent;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.internal.Sha256;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.issuing.AuditChain;
import io.github.quote2invoice.issuing.AuditEntry;
import io.github.quote2invoice.issuing.ChronologyException;
import io.github.quote2invoice.issuing.DocumentType;
import io.github.quote2invoice.issuing.NumberingSeries;
import io.github.quote2invoice.issuing.SequenceKey;
import io.github.quote2invoice.issuing.StoreException;
import io.github.quote2invoice.issuing.spi.IssueStep;
import io.github.quote2invoice.issuing.spi.IssuingShortcut;
import io.github.quote2invoice.store.jdbc.internal.Dialect;
import io.github.quote2invoice.store.jdbc.internal.SqlErrors;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issuing in one database call on PostgreSQL: the function {@code q2i_issue_invoice} (migrations V4, V5) locks
 * the draft's row, takes the number, stores the issued invoice, appends the audit records to the
 * company's chain and writes the events, in one transaction and one round trip. Everything that does not
 * depend on the number (the invoice JSON, the audit records' digest inputs, the event payloads) is
 * prepared here before the call, with a mark where the number goes; the database puts the number in
 * and computes the SHA-256 digests (same inputs, same digests as {@code JdbcDocumentStore} and
 * {@link AuditChain}). The series' counter is therefore locked for the database's own work only, while
 * the step-by-step path keeps it through two round trips and the JSON serialization.
 *
 * <p>The invoice JSON is the largest text: this JVM guesses its number (the one after the last number the
 * series gave it) and sends the JSON with that number in place and its SHA-256, computed here as
 * {@code JdbcDocumentStore} computes it on the step-by-step path. When the counter gives that number, the
 * database stores both as sent; otherwise it puts the number in at the mark's position and hashes the JSON
 * itself. A wrong guess (another JVM or the step-by-step path took numbers in between) costs only that.
 *
 * <p>Declines (the issuer then goes step by step) on H2, inside a running transaction (the call commits
 * on its own), when a text to prepare already holds one of the marks ({@code ¤}, {@code ¶}), when the
 * number's fixed parts are not plain printable ASCII, when the step's audit entries or events do not
 * have the issuing shape (at least one entry; all about the one invoice, at one time), and when the
 * counter outgrows the width the texts were prepared for (the database then writes nothing).
 */
public final class JdbcIssuingShortcut implements IssuingShortcut {
    /**
     * Stands for each character of the number in the prepared texts: the currency sign, which invoices do
     * not use (a text holding it is declined). Latin-1 on purpose: a private-use character would turn every
     * prepared text into a two-bytes-per-char string, slower to write, scan and encode.
     */
    static final char NUMBER_MARK = '\u00A4';
    /** Stands for each character of the document digest in the prepared digest inputs: the pilcrow. */
    static final char DIGEST_MARK = '\u00B6';
    private static final String DIGEST_PLACEHOLDER = String.valueOf(DIGEST_MARK).repeat(64);
    private static final String CALL = "SELECT q2i_issue_invoice(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String NUMBER_TOO_LONG = "Q2I02";
    private static final String CHRONOLOGY = "Q2I03";
    private static final Pattern CHRONOLOGY_DATE = Pattern.compile("q2i-chronology (\\d{4}-\\d{2}-\\d{2})");
    /**
     * Calls of one counter this JVM lets into the database at once. The counter's row lock serializes
     * them anyway; more of them only queue on that lock, and each commit then wakes every waiter of the
     * queue to find one winner (a convoy that costs the CPU the lock holder needs). Two keep the next
     * call ready to run the moment the lock is free.
     */
    private static final int CALLS_PER_COUNTER = 2;
    /** Gates by counter key hash: bounded memory; two keys sharing a gate only share its two places. */
    private static final int GATES = 64;

    private final JdbcTransactions transactions;
    private final DocumentCodec codec;
    private final Clock clock;
    private final Semaphore[] gates = new Semaphore[GATES];
    /** Per gate: the counter value this JVM expects next for the last key seen there (a hint, never trusted). */
    private final AtomicReferenceArray<Guess> guesses = new AtomicReferenceArray<>(GATES);
    private final LongAdder guessedRight = new LongAdder();
    private volatile Boolean postgres;

    /**
     * @param transactions the stores' transactions (the shortcut runs only outside them)
     * @param codec writes the invoice and event JSON, as the stores do
     * @param clock gives the row's update time, as the document store's does
     */
    public JdbcIssuingShortcut(JdbcTransactions transactions, DocumentCodec codec, Clock clock) {
        this.transactions = Checks.required(transactions, "transactions");
        this.codec = Checks.required(codec, "codec");
        this.clock = Checks.required(clock, "clock");
        for (int i = 0; i < GATES; i++) {
            gates[i] = new Semaphore(CALLS_PER_COUNTER);
        }
    }

    @Override
    public Optional<Invoice> issue(IssueStep step) {
        Checks.required(step, "step");
        if (transactions.active() || !onPostgres()) {
            return Optional.empty();
        }
        Prepared p = prepare(step);
        if (p == null) {
            return Optional.empty();
        }
        int slot = Math.floorMod(p.key.hashCode(), GATES);
        Semaphore gate = gates[slot];
        gate.acquireUninterruptibly();
        try (Connection c = transactions.dataSource().getConnection()) {
            // Guessed once through the gate: at most two calls of this counter are in flight from here.
            guess(slot, p);
            boolean autoCommit = c.getAutoCommit();
            if (!autoCommit) {
                c.setAutoCommit(true);
            }
            try {
                return Optional.of(call(c, step, p, slot));
            } finally {
                if (!autoCommit) {
                    c.setAutoCommit(false);
                }
            }
        } catch (SQLException e) {
            if (NUMBER_TOO_LONG.equals(e.getSQLState())) {
                return Optional.empty();
            }
            if (CHRONOLOGY.equals(e.getSQLState())) {
                Matcher m = CHRONOLOGY_DATE.matcher(String.valueOf(e.getMessage()));
                if (m.find()) {
                    throw new ChronologyException(p.key, LocalDate.parse(m.group(1)), step.issueDate());
                }
            }
            throw SqlErrors.translate(e);
        } finally {
            gate.release();
        }
    }

    /** True on PostgreSQL (asked once, before the first step is prepared: nothing is prepared in vain on H2). */
    private boolean onPostgres() {
        Boolean known = postgres;
        if (known == null) {
            try (Connection c = transactions.dataSource().getConnection()) {
                known = transactions.dialect(c) == Dialect.POSTGRESQL;
            } catch (SQLException e) {
                throw SqlErrors.translate(e);
            }
            postgres = known;
        }
        return known;
    }

    /**
     * Puts the guessed number in the body and hashes it, when this gate last saw the same counter and the
     * number fits the marks; hands the value after it to the next call.
     */
    private void guess(int slot, Prepared p) {
        Guess g = guesses.get(slot);
        if (g == null || !g.key().equals(p.key) || !guesses.compareAndSet(slot, g, new Guess(p.key, g.next() + 1))) {
            return;
        }
        String number = p.number.format(g.next());
        if (number.length() != p.numberMark.length()) {
            return;
        }
        String body = p.body.substring(0, p.numberAt) + number + p.body.substring(p.numberAt + number.length());
        p.guessNumber = number;
        p.guessBody = body;
        p.guessDigest = Sha256.hex(body);
    }

    /** How many calls found their number guessed (for tests). */
    long guessedRight() {
        return guessedRight.sum();
    }

    /** Remembers that the counter of {@code p} gave {@code sequence}; a call that guessed right keeps a guess further on. */
    private void learn(int slot, Prepared p, long sequence, boolean guessedRight) {
        Guess current = guesses.get(slot);
        if (!guessedRight || current == null || !current.key().equals(p.key) || current.next() <= sequence) {
            guesses.set(slot, new Guess(p.key, sequence + 1));
        }
    }

    private Invoice call(Connection c, IssueStep step, Prepared p, int slot) throws SQLException {
        Invoice draft = step.draft();
        try (PreparedStatement ps = c.prepareStatement(CALL)) {
            JdbcTransaction.bindAll(ps, draft.id(), step.company(), draft.kind().name(), p.status, step.issueDate(), clock.instant(),
                    p.key.series(), p.key.period(), p.number.prefix(), p.number.width(), p.number.suffix(), p.numberMark,
                    DIGEST_PLACEHOLDER, p.guessBody == null ? p.body : p.guessBody, p.auditTime);
            ps.setArray(16, c.createArrayOf("text", p.actions));
            ps.setArray(17, c.createArrayOf("text", p.actors));
            ps.setArray(18, c.createArrayOf("text", p.details));
            ps.setArray(19, c.createArrayOf("text", p.fields));
            ps.setObject(20, OffsetDateTime.ofInstant(p.eventTime, ZoneOffset.UTC));
            ps.setArray(21, c.createArrayOf("text", p.eventTypes));
            ps.setArray(22, c.createArrayOf("text", p.eventKeys));
            ps.setArray(23, c.createArrayOf("text", p.payloads));
            ps.setInt(24, p.numberAtCodePoint);
            ps.setString(25, p.guessNumber);
            ps.setString(26, p.guessDigest);
            String[] answer;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("q2i_issue_invoice returned no row");
                }
                answer = (String[]) rs.getArray(1).getArray();
            }
            if ("ISSUED_BEFORE".equals(answer[0])) {
                return JdbcDocumentStore.invoice(codec, answer[1], answer[2]);
            }
            String number = answer[1];
            long sequence = sequenceOf(number, p.number);
            if (!"ISSUED".equals(answer[0]) || sequence < 1 || !p.number.format(sequence).equals(number)) {
                throw new StoreException("q2i_issue_invoice answered " + answer[0] + " " + number + " for series " + p.key, null);
            }
            boolean right = number.equals(p.guessNumber);
            if (right) {
                guessedRight.increment();
            }
            learn(slot, p, sequence, right);
            return step.issued(number);
        }
    }

    /** The counter value shown in {@code number}, 0 when it does not have the template's shape. */
    private static long sequenceOf(String number, NumberingSeries.Template t) {
        if (number == null || !number.startsWith(t.prefix()) || !number.endsWith(t.suffix())
                || number.length() <= t.prefix().length() + t.suffix().length()) {
            return 0;
        }
        String digits = number.substring(t.prefix().length(), number.length() - t.suffix().length());
        return digits.chars().allMatch(ch -> ch >= '0' && ch <= '9') && digits.length() <= 18 ? Long.parseLong(digits) : 0;
    }

    /** The call's texts, or null when this step cannot be prepared exactly (see the class comment). */
    private Prepared prepare(IssueStep step) {
        LocalDate date = step.issueDate();
        NumberingSeries.Template number = step.series().template(date);
        if (!plainAscii(number.prefix()) || !plainAscii(number.suffix())
                || number.prefix().startsWith(" ") || number.suffix().endsWith(" ")) {
            return null;
        }
        int length = number.prefix().length() + number.width() + number.suffix().length();
        String numberMark = String.valueOf(NUMBER_MARK).repeat(length);
        Invoice draft = step.draft();
        Invoice template = step.issued(numberMark);
        Prepared p = new Prepared(step.series().keyFor(step.company(), date), number, numberMark, template.status().name(),
                codec.writeInvoice(template));
        if (count(p.body, NUMBER_MARK) != length || count(p.body, DIGEST_MARK) != 0 || marks(step.company()) != 0) {
            return null;
        }
        // The marks form one run (the draft holds none of its own): where the number goes, in chars and in
        // code points (the database counts characters as code points).
        p.numberAt = p.body.indexOf(numberMark);
        p.numberAtCodePoint = p.body.codePointCount(0, p.numberAt) + 1;
        List<AuditEntry> entries = step.auditEntries(template, DIGEST_PLACEHOLDER);
        int n = entries.size();
        if (n == 0) {
            return null;
        }
        p.actions = new String[n];
        p.actors = new String[n];
        p.details = new String[n];
        p.fields = new String[n];
        for (int i = 0; i < n; i++) {
            AuditEntry e = entries.get(i);
            String fields = AuditChain.entryFields(e);
            int inDetails = count(e.details(), NUMBER_MARK);
            if (!e.company().equals(step.company()) || e.documentType() != DocumentType.INVOICE || !e.documentId().equals(draft.id())
                    || !e.documentDigest().equals(DIGEST_PLACEHOLDER) || !e.occurredAt().equals(entries.get(0).occurredAt())
                    || marks(e.actor()) != 0 || (inDetails != 0 && inDetails != length) || count(e.details(), DIGEST_MARK) != 0
                    || count(fields, NUMBER_MARK) != inDetails || count(fields, DIGEST_MARK) != 64) {
                return null;
            }
            p.actions[i] = e.action().name();
            p.actors[i] = e.actor();
            p.details[i] = e.details();
            p.fields[i] = fields;
        }
        p.auditTime = entries.get(0).occurredAt();
        List<DomainEvent> events = step.events(template);
        int m = events.size();
        p.eventTypes = new String[m];
        p.eventKeys = new String[m];
        p.payloads = new String[m];
        p.eventTime = m == 0 ? p.auditTime : events.get(0).occurredAt();
        for (int i = 0; i < m; i++) {
            DomainEvent e = events.get(i);
            String payload = codec.writeEvent(e);
            int inPayload = count(payload, NUMBER_MARK);
            int inKey = count(e.idempotencyKey(), NUMBER_MARK);
            if (!e.documentId().equals(draft.id()) || !e.occurredAt().equals(p.eventTime) || marks(e.type()) != 0
                    || (inPayload != 0 && inPayload != length) || count(payload, DIGEST_MARK) != 0
                    || (inKey != 0 && inKey != length) || count(e.idempotencyKey(), DIGEST_MARK) != 0) {
                return null;
            }
            p.eventTypes[i] = e.type();
            p.eventKeys[i] = e.idempotencyKey();
            p.payloads[i] = payload;
        }
        return p;
    }

    /** Printable ASCII that JSON writes as it is (no quote, no backslash). */
    private static boolean plainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x20 || ch > 0x7E || ch == '"' || ch == '\\') {
                return false;
            }
        }
        return true;
    }

    private static int marks(String s) {
        return count(s, NUMBER_MARK) + count(s, DIGEST_MARK);
    }

    private static int count(String s, char ch) {
        int n = 0;
        for (int i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) {
            n++;
        }
        return n;
    }

    /** The counter value expected next for {@code key}. */
    private record Guess(SequenceKey key, long next) {
    }

    /** The texts and values of one call. */
    private static final class Prepared {
        final SequenceKey key;
        final NumberingSeries.Template number;
        final String numberMark;
        final String status;
        final String body;
        int numberAt;
        int numberAtCodePoint;
        String guessNumber;
        String guessBody;
        String guessDigest;
        Instant auditTime;
        String[] actions;
        String[] actors;
        String[] details;
        String[] fields;
        Instant eventTime;
        String[] eventTypes;
        String[] eventKeys;
        String[] payloads;

        Prepared(SequenceKey key, NumberingSeries.Template number, String numberMark, String status, String body) {
            this.key = key;
            this.number = number;
            this.numberMark = numberMark;
            this.status = status;
            this.body = body;
        }
    }
}
