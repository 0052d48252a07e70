package io.github.quote2invoice.issuing.contract;

import io.github.quote2invoice.issuing.ChronologyException;
import io.github.quote2invoice.issuing.SequenceKey;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link io.github.quote2invoice.issuing.spi.NumberSequence}. */
public abstract class NumberSequenceContract extends StoresContract {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private long next(SequenceKey key, LocalDate date) {
        return stores.transactions().inTransaction(() -> stores.numbers().next(key, date));
    }

    @Test
    void countsFromOneWithoutGaps() {
        SequenceKey key = new SequenceKey(company, "FA", "2026");
        assertThat(stores.numbers().current(key)).isEmpty();
        assertThat(next(key, DAY)).isEqualTo(1);
        assertThat(next(key, DAY)).isEqualTo(2);
        assertThat(next(key, DAY.plusDays(1))).isEqualTo(3);
        assertThat(stores.numbers().current(key)).contains(3L);
    }

    @Test
    void aRolledBackTransactionGivesItsNumberBack() {
        SequenceKey key = new SequenceKey(company, "FA", "2026");
        next(key, DAY);
        assertThatThrownBy(() -> stores.transactions().run(() -> {
            assertThat(stores.numbers().next(key, DAY)).isEqualTo(2);
            throw new IllegalStateException("rolled back on purpose");
        })).hasMessage("rolled back on purpose");
        assertThat(stores.numbers().current(key)).contains(1L);
        assertThat(next(key, DAY)).isEqualTo(2);
    }

    @Test
    void keysAreIndependent() {
        SequenceKey fa2026 = new SequenceKey(company, "FA", "2026");
        SequenceKey fa2027 = new SequenceKey(company, "FA", "2027");
        SequenceKey av2026 = new SequenceKey(company, "AV", "2026");
        assertThat(next(fa2026, DAY)).isEqualTo(1);
        assertThat(next(fa2026, DAY)).isEqualTo(2);
        assertThat(next(fa2027, DAY.plusYears(1))).isEqualTo(1);
        assertThat(next(av2026, DAY)).isEqualTo(1);
        assertThat(next(new SequenceKey(company + "x", "FA", "2026"), DAY)).isEqualTo(1);
    }

    @Test
    void aLaterNumberCannotTakeAnEarlierDate() {
        SequenceKey key = new SequenceKey(company, "FA", "2026");
        next(key, DAY);
        assertThatThrownBy(() -> next(key, DAY.minusDays(1)))
                .isInstanceOf(ChronologyException.class)
                .satisfies(e -> assertThat(((ChronologyException) e).lastIssueDate()).isEqualTo(DAY));
        assertThat(next(key, DAY)).isEqualTo(2);
    }

    @Test
    void concurrentTransactionsGetDistinctConsecutiveNumbers() throws Exception {
        SequenceKey key = new SequenceKey(company, "FA", "2026");
        int threads = 4;
        int each = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    List<Long> got = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        got.add(next(key, DAY));
                    }
                    return got;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
            Collections.sort(all);
            assertThat(all).containsExactlyElementsOf(LongStream.rangeClosed(1, threads * each).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
