package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.event.DomainEvent;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.issuing.OutboxMessage;
import io.github.quote2invoice.issuing.spi.Outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox in {@code q2i_outbox}: events are inserted with the caller's transaction (payload: the
 * event's JSON), claimed with {@code FOR UPDATE SKIP LOCKED} so several pollers share the work, and
 * marked delivered (never deleted by the library). Ids grow in insert order; transactions that commit
 * out of order may make a later id visible first, so consumers must not rely on a global order.
 */
public final class JdbcOutbox implements Outbox {
    private final JdbcTransactions transactions;
    private final DocumentCodec codec;
    private final Clock clock;

    /**
     * @param transactions the transactions the writes join
     * @param codec writes the events' payloads
     * @param clock gives delivery times
     */
    public JdbcOutbox(JdbcTransactions transactions, DocumentCodec codec, Clock clock) {
        this.transactions = Checks.required(transactions, "transactions");
        this.codec = Checks.required(codec, "codec");
        this.clock = Checks.required(clock, "clock");
    }

    @Override
    public void append(DomainEvent event) {
        Checks.required(event, "event");
        String payload = codec.writeEvent(event);
        transactions.execute(tx -> {
            tx.defer("INSERT INTO q2i_outbox (event_type, document_id, idempotency_key, occurred_at, payload) VALUES (?, ?, ?, ?, ?)",
                    event.type(), event.documentId(), event.idempotencyKey(), event.occurredAt(), payload);
            return null;
        });
    }

    @Override
    public List<OutboxMessage> claim(int max) {
        Checks.check(max >= 1, ErrorCodes.OUT_OF_RANGE, "max", "must be at least 1, was " + max);
        return transactions.execute(tx -> {
            List<OutboxMessage> out = new ArrayList<>();
            try (PreparedStatement ps = tx.prepare("SELECT id, event_type, document_id, idempotency_key, occurred_at, payload FROM q2i_outbox"
                    + " WHERE delivered_at IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")) {
                ps.setInt(1, max);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new OutboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                JdbcTransaction.instant(rs, "occurred_at"), rs.getString(6)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void markDelivered(List<Long> ids) {
        List<Long> all = Checks.list(ids, "ids");
        transactions.execute(tx -> {
            try (PreparedStatement ps = tx.prepare("UPDATE q2i_outbox SET delivered_at = ? WHERE id = ? AND delivered_at IS NULL")) {
                for (Long id : all) {
                    JdbcTransaction.bindAll(ps, clock.instant(), id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public long pending() {
        return transactions.execute(tx -> {
            try (PreparedStatement ps = tx.prepare("SELECT COUNT(*) FROM q2i_outbox WHERE delivered_at IS NULL");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
