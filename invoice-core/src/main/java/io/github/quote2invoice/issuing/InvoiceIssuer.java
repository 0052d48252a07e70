package io.github.quote2invoice.issuing;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.check.AnomalyOverride;
import io.github.quote2invoice.check.InvoiceCheck;
import io.github.quote2invoice.check.Severity;
import io.github.quote2invoice.event.DomainEvent;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceStateException;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.issuing.spi.IssueStep;
import io.github.quote2invoice.issuing.spi.IssuingStores;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Issues draft invoices: checks them, takes the next number of the invoice's series, dates them from the
 * clock, freezes them ({@link Invoice#issue}), stores them, appends the audit records and writes the
 * {@code InvoiceIssued} event to the outbox, all in one transaction: either all of it happens or none of
 * it does (a failure anywhere gives the number back).
 *
 * <p>Rules it holds:
 * <ul>
 *   <li>a draft with ERROR anomalies is refused ({@link AnomaliesRefusedException}, nothing written) unless
 *       each ERROR is covered by an {@link AnomalyOverride} of the same code; each override used is recorded
 *       in the audit log with its actor and reason;</li>
 *   <li>issuing a draft that is already issued returns the invoice issued the first time, with its
 *       number: never a second number;</li>
 *   <li>a later number never carries an earlier issue date ({@link ChronologyException}).</li>
 * </ul>
 * Thread-safe; several issuers (threads, JVMs) may work on the same stores at once.
 *
 * <p>Outside a running transaction, a draft that is not a credit note is first offered to the stores'
 * {@link io.github.quote2invoice.issuing.spi.IssuingShortcut} (on PostgreSQL: one database call), with
 * the same {@link IssueStep} the step-by-step path writes from; when it declines, issuing goes step by step
 * through the ports.
 */
public final class InvoiceIssuer {
    private final IssuingStores stores;
    private final NumberingPlan numbering;
    private final InvoiceCheck check;
    private final Clock clock;
    private final Function<Invoice, String> company;

    private InvoiceIssuer(Builder b) {
        stores = Checks.required(b.stores, "stores");
        numbering = Checks.required(b.numbering, "numbering");
        check = Checks.required(b.check, "check");
        clock = Checks.required(b.clock, "clock");
        company = Checks.required(b.company, "company");
    }

    /** A builder over these stores; French numbering, no checks and the system clock unless set. */
    public static Builder builder(IssuingStores stores) {
        Builder b = new Builder();
        b.stores = stores;
        return b;
    }

    /** Issues {@code draft} with no anomaly override. See {@link #issue(Invoice, String, List)}. */
    public Invoice issue(Invoice draft, String actor) {
        return issue(draft, actor, List.of());
    }

    /**
     * Issues a draft.
     *
     * @param draft the draft to issue; stored or not
     * @param actor who issues (recorded in the audit log)
     * @param overrides decisions to issue despite ERROR anomalies
     * @return the issued invoice, or the one issued earlier from the same draft
     * @throws AnomaliesRefusedException when an ERROR anomaly has no override
     * @throws ChronologyException when the series already has a number dated after today
     * @throws InvoiceStateException when {@code draft} is issued but no such invoice is stored
     */
    public Invoice issue(Invoice draft, String actor, List<AnomalyOverride> overrides) {
        Checks.required(draft, "draft");
        String who = Checks.text(actor, "actor", 200);
        List<AnomalyOverride> given = Checks.list(overrides, "overrides");
        if (!draft.isDraft()) {
            return stores.documents().findInvoice(draft.id()).filter(i -> !i.isDraft())
                    .orElseThrow(() -> new InvoiceStateException(draft.status(), "invoice " + draft.id() + " is not a draft and is not stored as issued"));
        }
        List<AnomalyOverride> used;
        try {
            used = overridesFor(draft, given);
        } catch (AnomaliesRefusedException refused) {
            // The same draft issued earlier (with its overrides) is not refused the second time.
            Optional<Invoice> earlier = stores.documents().findInvoice(draft.id()).filter(i -> !i.isDraft());
            if (earlier.isPresent()) {
                return earlier.get();
            }
            throw refused;
        }
        String companyKey = Checks.text(company.apply(draft), "company", 100);
        try {
            if (!draft.kind().isCreditNote()) {
                // Credit notes also record the invoices they correct, which needs reads: step by step only.
                Optional<Invoice> quick = stores.shortcut().issue(step(draft, who, used, companyKey));
                if (quick.isPresent()) {
                    return quick.get();
                }
            }
            return stores.transactions().inTransaction(() -> issueInTransaction(draft, who, used, companyKey));
        } catch (DocumentConflictException | ImmutableDocumentException raced) {
            // A concurrent issuer stored the same (unsaved) draft first: its result is the answer.
            return stores.documents().findInvoice(draft.id()).filter(i -> !i.isDraft()).orElseThrow(() -> raced);
        }
    }

    private List<AnomalyOverride> overridesFor(Invoice draft, List<AnomalyOverride> given) {
        List<Anomaly> missing = new ArrayList<>();
        List<AnomalyOverride> used = new ArrayList<>();
        for (Anomaly a : Checks.required(check.check(draft), "anomalies")) {
            if (a.severity() != Severity.ERROR) {
                continue;
            }
            Optional<AnomalyOverride> o = given.stream().filter(x -> x.code().equals(a.code())).findFirst();
            if (o.isEmpty()) {
                missing.add(a);
            } else if (!used.contains(o.get())) {
                used.add(o.get());
            }
        }
        if (!missing.isEmpty()) {
            throw new AnomaliesRefusedException(draft.id(), missing);
        }
        return used;
    }

    private Invoice issueInTransaction(Invoice draft, String actor, List<AnomalyOverride> used, String companyKey) {
        Optional<Invoice> current = stores.documents().lockInvoice(draft.id());
        if (current.isPresent() && !current.get().isDraft()) {
            return current.get();
        }
        Step step = step(draft, actor, used, companyKey);
        LocalDate date = step.issueDate();
        long sequence = stores.numbers().next(step.series().keyFor(companyKey, date), date);
        Invoice issued = step.issued(step.series().format(date, sequence));
        StoredDocument stored = stores.documents().storeIssued(companyKey, issued);
        for (AuditEntry e : step.auditEntries(issued, stored.digest())) {
            stores.audit().append(e);
        }
        for (DomainEvent e : step.events(issued)) {
            stores.outbox().append(e);
        }
        if (issued.kind().isCreditNote()) {
            recordCredited(issued, issued.number().orElseThrow(), companyKey, actor, step.now());
        }
        return issued;
    }

    /** The step issuing {@code draft} now: dated and timed by the clock, numbered in the draft's series. */
    private Step step(Invoice draft, String actor, List<AnomalyOverride> used, String companyKey) {
        return new Step(companyKey, draft, LocalDate.now(clock), clock.instant(), numbering.seriesFor(draft.kind()), actor, used);
    }

    /** What issuing one draft writes, as a function of its number: the one definition both paths follow. */
    private record Step(String company, Invoice draft, LocalDate issueDate, Instant now, NumberingSeries series, String actor,
                        List<AnomalyOverride> used) implements IssueStep {
        @Override
        public Invoice issued(String number) {
            return draft.issue(number, issueDate);
        }

        @Override
        public List<AuditEntry> auditEntries(Invoice issued, String documentDigest) {
            List<AuditEntry> out = new ArrayList<>(used.size() + 1);
            for (AnomalyOverride o : used) {
                out.add(new AuditEntry(company, DocumentType.INVOICE, issued.id(), AuditAction.ANOMALY_OVERRIDDEN, o.actor(), now,
                        documentDigest, "code=" + o.code() + "; reason=" + o.reason()));
            }
            out.add(new AuditEntry(company, DocumentType.INVOICE, issued.id(), AuditAction.ISSUED, actor, now, documentDigest,
                    "number=" + issued.number().orElseThrow() + "; issueDate=" + issueDate + "; kind=" + issued.kind()));
            return out;
        }

        @Override
        public List<DomainEvent> events(Invoice issued) {
            return List.of(new InvoiceEvent.Issued(issued.id(), issued.number().orElseThrow(), company, issueDate,
                    issued.dueDate().orElse(issueDate), issued.totals().amountDue(), now));
        }
    }

    private void recordCredited(Invoice creditNote, String number, String companyKey, String actor, Instant now) {
        for (PrecedingInvoice p : creditNote.precedingInvoices()) {
            Optional<Invoice> corrected = p.invoiceId().flatMap(id -> stores.documents().findInvoice(id))
                    .or(() -> stores.documents().findInvoiceByNumber(companyKey, p.number()));
            if (corrected.isPresent() && !corrected.get().isDraft()) {
                Invoice c = corrected.get();
                String digest = stores.documents().stored(DocumentType.INVOICE, c.id()).orElseThrow().digest();
                stores.audit().append(new AuditEntry(companyKey, DocumentType.INVOICE, c.id(), AuditAction.CREDITED, actor, now, digest,
                        "creditNote=" + number));
                stores.outbox().append(new InvoiceEvent.Credited(c.id(), c.number().orElseThrow(), creditNote.id(), number, now));
            }
        }
    }

    /** Configures an {@link InvoiceIssuer}. Not thread-safe. */
    public static final class Builder {
        private IssuingStores stores;
        private NumberingPlan numbering = NumberingPlan.french();
        private InvoiceCheck check = InvoiceCheck.none();
        private Clock clock = Clock.systemDefaultZone();
        private Function<Invoice, String> company = i -> Companies.keyOf(i.seller());

        private Builder() {
        }

        /** The series each kind of invoice is numbered in (default {@link NumberingPlan#french()}). */
        public Builder numbering(NumberingPlan plan) {
            numbering = plan;
            return this;
        }

        /** The checks run before issuing (default: none). */
        public Builder check(InvoiceCheck invoiceCheck) {
            check = invoiceCheck;
            return this;
        }

        /** The clock giving issue dates (in its zone) and audit times (default: system clock, default zone). */
        public Builder clock(Clock c) {
            clock = c;
            return this;
        }

        /** How an invoice's company key is found (default: {@link Companies#keyOf} of the seller). */
        public Builder company(Function<Invoice, String> companyKey) {
            company = companyKey;
            return this;
        }

        /** The issuer. */
        public InvoiceIssuer build() {
            return new InvoiceIssuer(this);
        }
    }
}
