package io.github.quote2invoice.store.jdbc;

import io.github.quote2invoice.document.Note;
import io.github.quote2invoice.internal.Sha256;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.issuing.AuditAction;
import io.github.quote2invoice.issuing.AuditRecord;
import io.github.quote2invoice.issuing.ChronologyException;
import io.github.quote2invoice.issuing.InvoiceEvent;
import io.github.quote2invoice.issuing.InvoiceIssuer;
import io.github.quote2invoice.issuing.NumberingPlan;
import io.github.quote2invoice.issuing.NumberingSeries;
import io.github.quote2invoice.issuing.spi.IssuingStores;
import io.github.quote2invoice.testing.IssuingSamples;
import io.github.quote2invoice.testing.IssuingSamples.SettableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static io.github.quote2invoice.testing.IssuingSamples.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one-call issuing of PostgreSQL writes exactly what the step-by-step path writes (same JSON, same
 * digests, same audit chain, same event), and declines whenever it could not.
 */
class JdbcIssuingShortcutTest {
    private final SettableClock clock = new SettableClock(IssuingSamples.NOW);
    private final AtomicInteger quick = new AtomicInteger();
    private final AtomicInteger declined = new AtomicInteger();
    private String company;
    private IssuingStores stores;
    private JdbcIssuingShortcut shortcut;

    @BeforeEach
    void setUp() {
        company = uniqueId("shortcut");
        IssuingStores jdbc = JdbcStores.create(TestDatabases.postgres(), TestDatabases.CODEC, clock);
        shortcut = (JdbcIssuingShortcut) jdbc.shortcut();
        // The same stores, counting what the shortcut did.
        stores = new IssuingStores(jdbc.transactions(), jdbc.documents(), jdbc.numbers(), jdbc.audit(), jdbc.outbox(), jdbc.processedEvents(),
                step -> {
                    Optional<Invoice> r = jdbc.shortcut().issue(step);
                    (r.isPresent() ? quick : declined).incrementAndGet();
                    return r;
                });
    }

    private InvoiceIssuer issuer(NumberingPlan plan) {
        return InvoiceIssuer.builder(stores).numbering(plan).clock(clock).company(i -> company).build();
    }

    private InvoiceIssuer issuer() {
        return issuer(NumberingPlan.french());
    }

    @Test
    void storesTheJsonTheDigestsAndTheEventTheStepByStepPathWould() throws SQLException {
        Invoice issued = issuer().issue(IssuingSamples.draft(uniqueId("inv")), "claire.durand");
        assertThat(quick).hasValue(1);
        assertThat(issued.number()).contains("FA-2026-000001");
        String json = TestDatabases.CODEC.writeInvoice(issued);
        assertThat(row("SELECT body, body_sha256, number, payment_status FROM q2i_invoice WHERE id = ?", issued.id()))
                .containsExactly(json, Sha256.hex(json), "FA-2026-000001", "ISSUED");
        List<AuditRecord> trail = stores.audit().records(company);
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0).entry().action()).isEqualTo(AuditAction.ISSUED);
        assertThat(trail.get(0).entry().documentDigest()).isEqualTo(Sha256.hex(json));
        assertThat(trail.get(0).entry().details()).isEqualTo("number=FA-2026-000001; issueDate=2026-11-20; kind=STANDARD");
        assertThat(stores.audit().verify(company).intact()).isTrue();
        LocalDate day = LocalDate.of(2026, 11, 20);
        String payload = TestDatabases.CODEC.writeEvent(new InvoiceEvent.Issued(issued.id(), "FA-2026-000001", company, day,
                issued.dueDate().orElseThrow(), issued.totals().amountDue(), IssuingSamples.NOW));
        assertThat(row("SELECT payload, event_type, idempotency_key FROM q2i_outbox WHERE document_id = ?", issued.id()))
                .containsExactly(payload, "InvoiceIssued", "InvoiceIssued:" + issued.id());
        assertThat(stores.documents().findInvoice(issued.id())).contains(issued);
    }

    @Test
    void guessedAndUnguessedNumbersStoreTheSameJsonAndDigestsAsTheStepByStepPath() throws SQLException {
        InvoiceIssuer issuer = issuer();
        List<Invoice> issued = new ArrayList<>();
        issued.add(issuer.issue(IssuingSamples.draft(uniqueId("inv")), "a")); // nothing to guess from yet
        issued.add(issuer.issue(IssuingSamples.draft(uniqueId("inv")), "a")); // guessed right
        // Two numbers taken behind this shortcut's back (the step-by-step path, as another JVM would): its
        // next guess is wrong, the database puts the number in and hashes the JSON itself.
        stores.transactions().inTransaction(() -> issuer.issue(IssuingSamples.draft(uniqueId("inv")), "b"));
        stores.transactions().inTransaction(() -> issuer.issue(IssuingSamples.draft(uniqueId("inv")), "b"));
        issued.add(issuer.issue(IssuingSamples.draft(uniqueId("inv")), "a")); // guessed 3, given 5
        issued.add(issuer.issue(IssuingSamples.draft(uniqueId("inv")), "a")); // guessed right again
        assertThat(quick).hasValue(4);
        assertThat(shortcut.guessedRight()).isEqualTo(2);
        assertThat(issued).extracting(i -> i.number().orElseThrow())
                .containsExactly("FA-2026-000001", "FA-2026-000002", "FA-2026-000005", "FA-2026-000006");
        for (Invoice i : issued) {
            String json = TestDatabases.CODEC.writeInvoice(i);
            assertThat(row("SELECT body, body_sha256 FROM q2i_invoice WHERE id = ?", i.id())).containsExactly(json, Sha256.hex(json));
            assertThat(stores.documents().findInvoice(i.id())).contains(i);
        }
        assertThat(stores.audit().verify(company).intact()).isTrue();
        assertThat(stores.audit().records(company)).hasSize(6);
    }

    @Test
    void aCharacterBeyondTheBasicPlaneBeforeTheNumberDoesNotShiftIt() throws SQLException {
        // The database counts characters in code points, Java in UTF-16 units: the number's position is sent
        // in code points. The id, written before the number, holds an emoji (two UTF-16 units, one code point).
        Invoice template = IssuingSamples.draft("template");
        InvoiceIssuer issuer = issuer();
        for (int i = 0; i < 3; i++) {
            Invoice draft = template.toBuilder().id(uniqueId("inv-\uD83D\uDE00")).buildKeepingTotals();
            Invoice issued = issuer.issue(draft, "a");
            String json = TestDatabases.CODEC.writeInvoice(issued);
            assertThat(row("SELECT body, body_sha256 FROM q2i_invoice WHERE id = ?", issued.id())).containsExactly(json, Sha256.hex(json));
        }
        assertThat(quick).hasValue(3);
        assertThat(shortcut.guessedRight()).isEqualTo(2);
        assertThat(stores.audit().verify(company).intact()).isTrue();
    }

    @Test
    void aStoredDraftIsIssuedInPlaceAndIssuingItAgainReturnsTheFirstInvoice() {
        Invoice draft = IssuingSamples.draft(uniqueId("inv"));
        stores.documents().saveDraft(company, draft);
        Invoice issued = issuer().issue(draft, "a");
        Invoice again = issuer().issue(draft, "b");
        assertThat(again).isEqualTo(issued);
        assertThat(quick).hasValue(2);
        assertThat(stores.documents().findInvoice(draft.id())).contains(issued);
        assertThat(stores.audit().records(company)).hasSize(1);
    }

    @Test
    void aCounterOutgrowingItsWidthGoesStepByStepWithoutGap() {
        InvoiceIssuer issuer = issuer(NumberingPlan.french().with(io.github.quote2invoice.invoice.InvoiceKind.STANDARD,
                NumberingSeries.continuous("T", "T-{seq}")));
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            numbers.add(issuer.issue(IssuingSamples.draft(uniqueId("inv")), "a").number().orElseThrow());
        }
        assertThat(numbers).containsExactly("T-1", "T-2", "T-3", "T-4", "T-5", "T-6", "T-7", "T-8", "T-9", "T-10", "T-11");
        assertThat(quick).hasValue(9);
        assertThat(declined).hasValue(2);
        assertThat(stores.audit().verify(company).intact()).isTrue();
    }

    @Test
    void aDraftHoldingAMarkCharacterGoesStepByStep() {
        Invoice draft = IssuingSamples.draft(uniqueId("inv")).toBuilder()
                .notes(List.of(new Note(Optional.empty(), "private use " + JdbcIssuingShortcut.NUMBER_MARK))).build();
        Invoice issued = issuer().issue(draft, "a");
        assertThat(declined).hasValue(1);
        assertThat(quick).hasValue(0);
        assertThat(stores.documents().findInvoice(draft.id())).contains(issued);
        assertThat(stores.audit().verify(company).intact()).isTrue();
    }

    @Test
    void insideACallersTransactionItDeclines() {
        Invoice issued = stores.transactions().inTransaction(() -> issuer().issue(IssuingSamples.draft(uniqueId("inv")), "a"));
        assertThat(declined).hasValue(1);
        assertThat(issued.number()).contains("FA-2026-000001");
    }

    @Test
    void aLaterNumberWithAnEarlierDateIsRefusedAndWritesNothing() {
        issuer().issue(IssuingSamples.draft(uniqueId("inv")), "a");
        clock.set(IssuingSamples.NOW.minusSeconds(2 * 86_400));
        Invoice draft = IssuingSamples.draft(uniqueId("inv"));
        assertThatThrownBy(() -> issuer().issue(draft, "a")).isInstanceOf(ChronologyException.class);
        assertThat(stores.documents().findInvoice(draft.id())).isEmpty();
        assertThat(stores.audit().records(company)).hasSize(1);
    }

    private static List<String> row(String sql, String id) throws SQLException {
        try (Connection c = TestDatabases.postgres().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                List<String> out = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    out.add(rs.getString(i));
                }
                return out;
            }
        }
    }
}
