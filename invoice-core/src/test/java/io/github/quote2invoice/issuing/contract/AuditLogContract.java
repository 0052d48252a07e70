package io.github.quote2invoice.issuing.contract;

import io.github.quote2invoice.issuing.AuditAction;
import io.github.quote2invoice.issuing.AuditChain;
import io.github.quote2invoice.issuing.AuditEntry;
import io.github.quote2invoice.issuing.AuditRecord;
import io.github.quote2invoice.issuing.DocumentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link io.github.quote2invoice.issuing.spi.AuditLog}. */
public abstract class AuditLogContract extends StoresContract {

    /** An entry of this test's company. */
    protected AuditEntry entry(String documentId, AuditAction action) {
        return new AuditEntry(company, DocumentType.INVOICE, documentId, action, "claire.durand",
                Instant.parse("2026-11-20T10:15:30.123456789Z"), "ab".repeat(32), "number=FA-2026-000001; note=é€");
    }

    @Test
    void chainsRecordsInOrderAndVerifies() {
        AuditRecord first = stores.audit().append(entry("inv-1", AuditAction.CREATED));
        AuditRecord second = stores.audit().append(entry("inv-1", AuditAction.ISSUED));
        AuditRecord third = stores.audit().append(entry("inv-2", AuditAction.CREATED));
        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousDigest()).isEqualTo(AuditChain.GENESIS);
        assertThat(second.previousDigest()).isEqualTo(first.digest());
        assertThat(third.previousDigest()).isEqualTo(second.digest());
        assertThat(third.sequence()).isEqualTo(3);

        List<AuditRecord> stored = stores.audit().records(company);
        assertThat(stored).containsExactly(first, second, third);
        assertThat(stores.audit().lastSequence(company)).isEqualTo(3);
        assertThat(stores.audit().verify(company).intact()).isTrue();
        assertThat(stores.audit().verify(company).recordsChecked()).isEqualTo(3);
    }

    @Test
    void keepsOneChainPerCompany() {
        stores.audit().append(entry("inv-1", AuditAction.CREATED));
        AuditRecord other = stores.audit().append(new AuditEntry(company + "-b", DocumentType.QUOTE, "q-1", AuditAction.SENT, "system",
                Instant.parse("2026-11-20T10:00:00Z"), "cd".repeat(32), ""));
        assertThat(other.sequence()).isEqualTo(1);
        assertThat(other.previousDigest()).isEqualTo(AuditChain.GENESIS);
        assertThat(stores.audit().records(company)).hasSize(1);
        assertThat(stores.audit().verify(company + "-b").intact()).isTrue();
        assertThat(stores.audit().verify(company + "-none").intact()).isTrue();
    }

    @Test
    void aRolledBackAppendLeavesNoRecord() {
        AuditRecord first = stores.audit().append(entry("inv-1", AuditAction.CREATED));
        assertThatThrownBy(() -> stores.transactions().run(() -> {
            stores.audit().append(entry("inv-1", AuditAction.ISSUED));
            throw new IllegalStateException("rolled back on purpose");
        })).hasMessage("rolled back on purpose");
        assertThat(stores.audit().records(company)).containsExactly(first);
        AuditRecord next = stores.audit().append(entry("inv-1", AuditAction.ISSUED));
        assertThat(next.sequence()).isEqualTo(2);
        assertThat(next.previousDigest()).isEqualTo(first.digest());
        assertThat(stores.audit().verify(company).intact()).isTrue();
    }
}
