package io.github.quote2invoice.issuing;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.issuing.spi.Outbox;
import io.github.quote2invoice.issuing.spi.TransactionRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the outbox and hands each message to a consumer, at least once: a batch is claimed (locked),
 * delivered in order and marked delivered in one transaction, so a consumer failure or a crash before the
 * commit leaves the batch to be delivered again. Several pollers may run at once (claimed messages are
 * skipped by the others). Schedule {@link #run()} on an executor, or call {@link #pollOnce()}.
 */
public final class OutboxPoller implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxPoller.class);

    private final TransactionRunner transactions;
    private final Outbox outbox;
    private final OutboxConsumer consumer;
    private final int batchSize;

    /**
     * @param transactions the outbox's transaction boundary
     * @param outbox the outbox
     * @param consumer who receives the messages
     * @param batchSize at most this many messages per transaction, at least 1
     */
    public OutboxPoller(TransactionRunner transactions, Outbox outbox, OutboxConsumer consumer, int batchSize) {
        this.transactions = Checks.required(transactions, "transactions");
        this.outbox = Checks.required(outbox, "outbox");
        this.consumer = Checks.required(consumer, "consumer");
        Checks.check(batchSize >= 1, ErrorCodes.OUT_OF_RANGE, "batchSize", "must be at least 1, was " + batchSize);
        this.batchSize = batchSize;
    }

    /**
     * Delivers one batch.
     *
     * @return how many messages were delivered (0 when none waited)
     * @throws RuntimeException what the consumer threw; the batch stays undelivered
     */
    public int pollOnce() {
        return transactions.inTransaction(() -> {
            List<OutboxMessage> batch = outbox.claim(batchSize);
            List<Long> ids = new ArrayList<>(batch.size());
            for (OutboxMessage m : batch) {
                consumer.accept(m);
                ids.add(m.id());
            }
            if (!ids.isEmpty()) {
                outbox.markDelivered(ids);
            }
            return ids.size();
        });
    }

    /** Delivers batches until none is left; returns how many messages were delivered. */
    public int drain() {
        int total = 0;
        int n;
        while ((n = pollOnce()) > 0) {
            total += n;
        }
        return total;
    }

    /** {@link #drain()}, logging (not throwing) a failure, so it can be scheduled repeatedly. */
    @Override
    public void run() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.warn("outbox delivery failed; the batch will be delivered again: {}", e.toString());
        }
    }
}
