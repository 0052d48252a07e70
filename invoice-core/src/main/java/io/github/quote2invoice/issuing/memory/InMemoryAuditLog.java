package io.github.quote2invoice.issuing.memory;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.issuing.AuditChain;
import io.github.quote2invoice.issuing.AuditEntry;
import io.github.quote2invoice.issuing.AuditRecord;
import io.github.quote2invoice.issuing.spi.AuditLog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The hash-chained audit log in memory; appends are undone when their transaction rolls back. */
public final class InMemoryAuditLog implements AuditLog {
    private final InMemoryTransactions transactions;
    private final Map<String, List<AuditRecord>> chains = new HashMap<>();

    /** @param transactions the transactions the appends join */
    public InMemoryAuditLog(InMemoryTransactions transactions) {
        this.transactions = Checks.required(transactions, "transactions");
    }

    @Override
    public AuditRecord append(AuditEntry entry) {
        Checks.required(entry, "entry");
        return transactions.inTransaction(() -> {
            List<AuditRecord> chain = chains.computeIfAbsent(entry.company(), c -> new ArrayList<>());
            AuditRecord last = chain.isEmpty() ? null : chain.get(chain.size() - 1);
            AuditRecord record = AuditRecord.chain(last == null ? 1 : last.sequence() + 1, entry,
                    last == null ? AuditChain.GENESIS : last.digest());
            chain.add(record);
            transactions.onRollback(() -> chain.remove(chain.size() - 1));
            return record;
        });
    }

    @Override
    public List<AuditRecord> records(String company) {
        return transactions.inTransaction(() -> List.copyOf(chains.getOrDefault(company, List.of())));
    }

    @Override
    public long lastSequence(String company) {
        return transactions.inTransaction(() -> {
            List<AuditRecord> chain = chains.getOrDefault(company, List.of());
            return chain.isEmpty() ? 0L : chain.get(chain.size() - 1).sequence();
        });
    }
}
