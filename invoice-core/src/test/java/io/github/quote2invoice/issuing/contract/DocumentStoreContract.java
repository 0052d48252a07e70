package io.github.quote2invoice.issuing.contract;

import io.github.quote2invoice.error.Quote2InvoiceException;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceStateException;
import io.github.quote2invoice.invoice.InvoiceStatus;
import io.github.quote2invoice.issuing.ArtefactDigest;
import io.github.quote2invoice.issuing.DocumentConflictException;
import io.github.quote2invoice.issuing.DocumentType;
import io.github.quote2invoice.issuing.ImmutableDocumentException;
import io.github.quote2invoice.issuing.StoredDocument;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentAllocation;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.testing.IssuingSamples;
import io.github.quote2invoice.testing.Samples;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.github.quote2invoice.testing.IssuingSamples.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link io.github.quote2invoice.issuing.spi.DocumentStore}. */
public abstract class DocumentStoreContract extends StoresContract {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private Invoice issued(String id, String number) {
        Invoice issued = IssuingSamples.draft(id).issue(number, DAY);
        stores.transactions().run(() -> stores.documents().storeIssued(company, issued));
        return issued;
    }

    @Test
    void keepsDraftsAndLetsThemChange() {
        String id = uniqueId("inv");
        Invoice draft = IssuingSamples.draft(id);
        StoredDocument first = stores.documents().saveDraft(company, draft);
        assertThat(stores.documents().findInvoice(id)).contains(draft);
        assertThat(stores.documents().stored(DocumentType.INVOICE, id)).contains(first);

        Invoice edited = draft.toBuilder().dueDate(DAY.plusDays(45)).build();
        StoredDocument second = stores.documents().saveDraft(company, edited);
        assertThat(stores.documents().findInvoice(id)).contains(edited);
        assertThat(second.digest()).isNotEqualTo(first.digest());

        stores.documents().deleteDraft(id);
        assertThat(stores.documents().findInvoice(id)).isEmpty();
        stores.documents().deleteDraft(id);
    }

    @Test
    void issuedInvoicesCannotBeChangedOrDeleted() {
        String id = uniqueId("inv");
        stores.documents().saveDraft(company, IssuingSamples.draft(id));
        Invoice issued = issued(id, "FA-2026-000001");
        assertThat(stores.documents().findInvoice(id)).contains(issued);
        assertThat(stores.documents().findInvoiceByNumber(company, "FA-2026-000001")).contains(issued);
        assertThat(stores.documents().findInvoiceByNumber(company + "-other", "FA-2026-000001")).isEmpty();

        assertThatThrownBy(() -> stores.documents().saveDraft(company, IssuingSamples.draft(id)))
                .isInstanceOf(ImmutableDocumentException.class);
        assertThatThrownBy(() -> stores.documents().deleteDraft(id)).isInstanceOf(ImmutableDocumentException.class);
        assertThatThrownBy(() -> stores.transactions().run(() ->
                stores.documents().storeIssued(company, IssuingSamples.draft(id).issue("FA-2026-000099", DAY))))
                .isInstanceOf(ImmutableDocumentException.class);
        assertThat(stores.documents().findInvoice(id)).contains(issued);
    }

    @Test
    void refusesDraftsWhereIssuedAreExpectedAndTheOpposite() {
        String id = uniqueId("inv");
        assertThatThrownBy(() -> stores.documents().saveDraft(company, IssuingSamples.draft(id).issue("FA-2026-000001", DAY)))
                .isInstanceOf(InvoiceStateException.class);
        assertThatThrownBy(() -> stores.documents().storeIssued(company, IssuingSamples.draft(id)))
                .isInstanceOf(InvoiceStateException.class);
        assertThat(stores.documents().findInvoice(id)).isEmpty();
    }

    @Test
    void oneNumberBelongsToOneInvoicePerCompany() {
        issued(uniqueId("inv"), "FA-2026-000007");
        String other = uniqueId("inv");
        assertThatThrownBy(() -> issued(other, "FA-2026-000007")).isInstanceOf(DocumentConflictException.class);
        assertThat(stores.documents().findInvoice(other)).isEmpty();
    }

    @Test
    void paymentStatusMovesButTheDocumentStaysFrozen() {
        String id = uniqueId("inv");
        Invoice issued = issued(id, "FA-2026-000002");
        String digest = stores.documents().stored(DocumentType.INVOICE, id).orElseThrow().digest();
        stores.documents().updatePaymentStatus(id, InvoiceStatus.PAID);
        Invoice paid = stores.documents().findInvoice(id).orElseThrow();
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.withPaymentStatus(InvoiceStatus.ISSUED)).isEqualTo(issued);
        assertThat(stores.documents().stored(DocumentType.INVOICE, id).orElseThrow().digest()).isEqualTo(digest);

        String draftId = uniqueId("inv");
        stores.documents().saveDraft(company, IssuingSamples.draft(draftId));
        assertThatThrownBy(() -> stores.documents().updatePaymentStatus(draftId, InvoiceStatus.PAID)).isInstanceOf(InvoiceStateException.class);
        assertThatThrownBy(() -> stores.documents().updatePaymentStatus(uniqueId("none"), InvoiceStatus.PAID))
                .isInstanceOf(Quote2InvoiceException.class).hasMessageContaining("NOT_FOUND");
    }

    @Test
    void keepsArtefactDigestsOfIssuedInvoicesOnce() {
        String id = uniqueId("inv");
        issued(id, "FA-2026-000003");
        ArtefactDigest pdf = new ArtefactDigest(id, "FA-2026-000003.pdf", "application/pdf", "a1".repeat(32));
        ArtefactDigest xml = new ArtefactDigest(id, "factur-x.xml", "text/xml", "b2".repeat(32));
        stores.documents().attachArtefact(pdf);
        stores.documents().attachArtefact(xml);
        stores.documents().attachArtefact(pdf);
        assertThat(stores.documents().artefacts(id)).containsExactly(pdf, xml);
        assertThatThrownBy(() -> stores.documents().attachArtefact(new ArtefactDigest(id, "FA-2026-000003.pdf", "application/pdf", "c3".repeat(32))))
                .isInstanceOf(ImmutableDocumentException.class);

        String draftId = uniqueId("inv");
        stores.documents().saveDraft(company, IssuingSamples.draft(draftId));
        assertThatThrownBy(() -> stores.documents().attachArtefact(new ArtefactDigest(draftId, "x.pdf", "application/pdf", "d4".repeat(32))))
                .isInstanceOf(InvoiceStateException.class);
    }

    @Test
    void keepsQuotes() {
        Quote quote = Samples.sentQuote().toBuilder().id(uniqueId("q")).build();
        StoredDocument stored = stores.documents().saveQuote(company, quote);
        assertThat(stores.documents().findQuote(quote.id())).contains(quote);
        assertThat(stores.documents().stored(DocumentType.QUOTE, quote.id())).contains(stored);
        Quote accepted = Samples.acceptedQuote().toBuilder().id(quote.id()).build();
        stores.documents().saveQuote(company, accepted);
        assertThat(stores.documents().findQuote(quote.id())).contains(accepted);
        assertThat(stores.documents().findQuote(uniqueId("q"))).isEmpty();
    }

    @Test
    void recordsPaymentsOnceAndTheirAllocations() {
        String invoiceId = uniqueId("inv");
        issued(invoiceId, "FA-2026-000004");
        Payment payment = IssuingSamples.payment(uniqueId("pay"), "1000.00", DAY);
        StoredDocument stored = stores.documents().savePayment(company, payment);
        assertThat(stores.documents().savePayment(company, payment)).isEqualTo(stored);
        assertThat(stores.documents().findPayment(payment.id())).contains(payment);
        assertThatThrownBy(() -> stores.documents().savePayment(company, IssuingSamples.payment(payment.id(), "5.00", DAY)))
                .isInstanceOf(DocumentConflictException.class);

        PaymentAllocation a = new PaymentAllocation(payment.id(), invoiceId, Money.of("600.00", "EUR"));
        PaymentAllocation b = new PaymentAllocation(payment.id(), invoiceId, Money.of("400.00", "EUR"));
        stores.documents().saveAllocation(a);
        stores.documents().saveAllocation(b);
        assertThat(stores.documents().allocationsOf(invoiceId)).containsExactly(a, b);
        assertThat(stores.documents().allocationsOf(uniqueId("inv"))).isEmpty();
    }

    @Test
    void aRolledBackTransactionLeavesNoDocument() {
        String id = uniqueId("inv");
        assertThatThrownBy(() -> stores.transactions().run(() -> {
            stores.documents().saveDraft(company, IssuingSamples.draft(id));
            stores.documents().storeIssued(company, IssuingSamples.draft(id).issue("FA-2026-000005", DAY));
            throw new IllegalStateException("rolled back on purpose");
        })).hasMessage("rolled back on purpose");
        assertThat(stores.documents().findInvoice(id)).isEmpty();
        assertThat(stores.documents().findInvoiceByNumber(company, "FA-2026-000005")).isEmpty();
        assertThat(List.of(stores.documents().stored(DocumentType.INVOICE, id))).containsExactly(java.util.Optional.empty());
    }
}
