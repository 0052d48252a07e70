package io.github.quote2invoice.issuing;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTest {
    private static List<AuditRecord> chain(int n) {
        List<AuditRecord> records = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditEntry e = new AuditEntry("123456782", DocumentType.INVOICE, "inv-" + i, AuditAction.ISSUED, "claire",
                    Instant.parse("2026-11-20T10:00:00Z").plusSeconds(i), "ab".repeat(32), "number=FA-2026-00000" + i);
            AuditRecord r = AuditRecord.chain(i, e, previous);
            records.add(r);
            previous = r.digest();
        }
        return records;
    }

    private static AuditBreak breakOf(List<AuditRecord> records, long last) {
        return AuditChain.verify("123456782", records, last).firstBreak().orElseThrow();
    }

    @Test
    void anIntactChainVerifies() {
        AuditVerification v = AuditChain.verify("123456782", chain(5), 5);
        assertThat(v.intact()).isTrue();
        assertThat(v.recordsChecked()).isEqualTo(5);
    }

    /** The streaming walk agrees with verify on every single change of a chain: kept, altered, removed, swapped, cut short. */
    @Test
    void theWalkAgreesWithVerify() {
        List<List<AuditRecord>> variants = new ArrayList<>();
        variants.add(chain(6));
        for (int i = 0; i < 6; i++) {
            List<AuditRecord> removed = chain(6);
            removed.remove(i);
            variants.add(removed);
            List<AuditRecord> altered = chain(6);
            AuditRecord r = altered.get(i);
            AuditEntry e = r.entry();
            altered.set(i, new AuditRecord(r.sequence(), new AuditEntry(e.company(), e.documentType(), e.documentId(), e.action(), "mallory",
                    e.occurredAt(), e.documentDigest(), e.details()), r.previousDigest(), r.digest()));
            variants.add(altered);
            if (i < 5) {
                List<AuditRecord> swapped = chain(6);
                swapped.set(i, chain(6).get(i + 1));
                swapped.set(i + 1, chain(6).get(i));
                variants.add(swapped);
            }
        }
        for (List<AuditRecord> records : variants) {
            AuditChain.Walk walk = new AuditChain.Walk();
            boolean inPlace = true;
            for (AuditRecord r : records) {
                inPlace = inPlace && walk.accept(r);
            }
            boolean intact = AuditChain.verify("123456782", records, 6).intact();
            assertThat(inPlace && walk.intactUpTo(6)).as(records.toString()).isEqualTo(intact);
        }
        AuditChain.Walk whole = new AuditChain.Walk();
        chain(6).forEach(whole::accept);
        assertThat(whole.count()).isEqualTo(6);
        assertThat(whole.intactUpTo(7)).as("the head says one more").isFalse();
    }

    @Test
    void namesAnAlteredRecord() {
        List<AuditRecord> records = chain(5);
        AuditRecord r = records.get(2);
        AuditEntry e = r.entry();
        records.set(2, new AuditRecord(r.sequence(), new AuditEntry(e.company(), e.documentType(), e.documentId(), e.action(), "mallory",
                e.occurredAt(), e.documentDigest(), e.details()), r.previousDigest(), r.digest()));
        AuditBreak b = breakOf(records, 5);
        assertThat(b.sequence()).isEqualTo(3);
        assertThat(b.kind()).isEqualTo(AuditBreak.Kind.ALTERED);
    }

    @Test
    void namesARecordRewrittenWithAFreshDigest() {
        List<AuditRecord> records = chain(5);
        AuditRecord r = records.get(1);
        AuditEntry e = r.entry();
        records.set(1, AuditRecord.chain(2, new AuditEntry(e.company(), e.documentType(), e.documentId(), e.action(), "mallory",
                e.occurredAt(), e.documentDigest(), e.details()), r.previousDigest()));
        AuditBreak b = breakOf(records, 5);
        assertThat(b.sequence()).isEqualTo(2);
        assertThat(b.kind()).isEqualTo(AuditBreak.Kind.ALTERED);
    }

    @Test
    void namesARemovedRecordInTheMiddleOrAtTheEnd() {
        List<AuditRecord> records = chain(5);
        records.remove(3);
        AuditBreak middle = breakOf(records, 5);
        assertThat(middle.sequence()).isEqualTo(4);
        assertThat(middle.kind()).isEqualTo(AuditBreak.Kind.REMOVED);

        List<AuditRecord> truncated = chain(5).subList(0, 4);
        AuditBreak end = breakOf(truncated, 5);
        assertThat(end.sequence()).isEqualTo(5);
        assertThat(end.kind()).isEqualTo(AuditBreak.Kind.REMOVED);
    }

    @Test
    void namesReorderedRecords() {
        List<AuditRecord> records = chain(5);
        AuditRecord third = records.get(2);
        AuditRecord fourth = records.get(3);
        // Swap their sequence numbers, as an UPDATE in SQL would; the log reads them back in sequence order.
        records.set(2, new AuditRecord(3, fourth.entry(), fourth.previousDigest(), fourth.digest()));
        records.set(3, new AuditRecord(4, third.entry(), third.previousDigest(), third.digest()));
        AuditBreak b = breakOf(records, 5);
        assertThat(b.sequence()).isEqualTo(3);
        assertThat(b.kind()).isEqualTo(AuditBreak.Kind.REORDERED);
        assertThat(b.message()).contains("written as #4");

        List<AuditRecord> duplicated = chain(3);
        duplicated.add(2, duplicated.get(1));
        assertThat(breakOf(duplicated, 3).kind()).isEqualTo(AuditBreak.Kind.REORDERED);
    }
}
