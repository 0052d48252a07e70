package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.issuing.spi.ProcessedEvents;

import java.sql.PreparedStatement;
import java.time.Clock;

/** Consumers' processed idempotency keys in {@code q2i_consumed_event} (primary key: consumer and key). */
public final class JdbcProcessedEvents implements ProcessedEvents {
    private final JdbcTransactions transactions;
    private final Clock clock;

    /**
     * @param transactions the transactions the writes join
     * @param clock gives processing times
     */
    public JdbcProcessedEvents(JdbcTransactions transactions, Clock clock) {
        this.transactions = Checks.required(transactions, "transactions");
        this.clock = Checks.required(clock, "clock");
    }

    @Override
    public boolean markProcessed(String consumer, String idempotencyKey) {
        String c = Checks.text(consumer, "consumer", 100);
        String k = Checks.text(idempotencyKey, "idempotencyKey", 300);
        return transactions.execute(tx -> {
            try (PreparedStatement ps = tx.prepare("INSERT INTO q2i_consumed_event (consumer, idempotency_key, processed_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT DO NOTHING")) {
                JdbcTransaction.bindAll(ps, c, k, clock.instant());
                return ps.executeUpdate() == 1;
            }
        });
    }
}
