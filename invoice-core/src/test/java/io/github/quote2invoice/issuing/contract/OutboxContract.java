package io.github.quote2invoice.issuing.contract;

import io.github.quote2invoice.issuing.IdempotentConsumer;
import io.github.quote2invoice.issuing.InvoiceEvent;
import io.github.quote2invoice.issuing.OutboxMessage;
import io.github.quote2invoice.issuing.OutboxPoller;
import io.github.quote2invoice.money.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.github.quote2invoice.testing.IssuingSamples.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of {@link io.github.quote2invoice.issuing.spi.Outbox}, the poller and consumer-side idempotency.
 * The outbox is shared by every test of a database, so each test first delivers what others left behind.
 */
public abstract class OutboxContract extends StoresContract {

    private InvoiceEvent.Issued event(String id) {
        return new InvoiceEvent.Issued(id, "FA-2026-000001", company, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 20),
                Money.of("2340.00", "EUR"), Instant.parse("2026-11-20T10:00:00Z"));
    }

    private void drainOthers() {
        new OutboxPoller(stores.transactions(), stores.outbox(), m -> { }, 500).drain();
    }

    @Test
    void writesEventsWithTheirTransactionOnly() {
        drainOthers();
        String kept = uniqueId("inv");
        String dropped = uniqueId("inv");
        stores.transactions().run(() -> stores.outbox().append(event(kept)));
        assertThatThrownBy(() -> stores.transactions().run(() -> {
            stores.outbox().append(event(dropped));
            throw new IllegalStateException("rolled back on purpose");
        })).hasMessage("rolled back on purpose");

        List<OutboxMessage> seen = new ArrayList<>();
        int delivered = new OutboxPoller(stores.transactions(), stores.outbox(), seen::add, 10).drain();
        assertThat(delivered).isEqualTo(1);
        assertThat(seen).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo("InvoiceIssued");
            assertThat(m.documentId()).isEqualTo(kept);
            assertThat(m.idempotencyKey()).isEqualTo("InvoiceIssued:" + kept);
            assertThat(m.occurredAt()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
            assertThat(m.payload()).contains(kept);
        });
        assertThat(stores.outbox().pending()).isZero();
    }

    @Test
    void deliversAtLeastOnceInOrder() {
        drainOthers();
        List<String> ids = List.of(uniqueId("inv"), uniqueId("inv"), uniqueId("inv"));
        stores.transactions().run(() -> ids.forEach(id -> stores.outbox().append(event(id))));
        assertThat(stores.outbox().pending()).isEqualTo(3);

        AtomicInteger calls = new AtomicInteger();
        List<String> received = new ArrayList<>();
        OutboxPoller failingOnce = new OutboxPoller(stores.transactions(), stores.outbox(), m -> {
            received.add(m.documentId());
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("consumer down");
            }
        }, 10);
        assertThatThrownBy(failingOnce::pollOnce).hasMessage("consumer down");
        assertThat(stores.outbox().pending()).isEqualTo(3);
        assertThat(failingOnce.drain()).isEqualTo(3);
        assertThat(received).containsExactly(ids.get(0), ids.get(1), ids.get(0), ids.get(1), ids.get(2));
        assertThat(stores.outbox().pending()).isZero();
    }

    @Test
    void anIdempotentConsumerTakesEachFactOnce() {
        drainOthers();
        String id = uniqueId("inv");
        stores.transactions().run(() -> stores.outbox().append(event(id)));
        stores.transactions().run(() -> stores.outbox().append(event(id)));
        List<String> applied = new ArrayList<>();
        IdempotentConsumer consumer = new IdempotentConsumer(stores.transactions(), stores.processedEvents(), "ledger-" + company,
                m -> applied.add(m.idempotencyKey()));
        assertThat(new OutboxPoller(stores.transactions(), stores.outbox(), consumer, 1).drain()).isEqualTo(2);
        assertThat(applied).containsExactly("InvoiceIssued:" + id);

        assertThat(stores.transactions().inTransaction(() -> stores.processedEvents().markProcessed("other-" + company, "k"))).isTrue();
        assertThat(stores.transactions().inTransaction(() -> stores.processedEvents().markProcessed("other-" + company, "k"))).isFalse();
    }
}
