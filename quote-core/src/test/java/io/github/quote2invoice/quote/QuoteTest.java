package io.github.quote2invoice.quote;

import io.github.quote2invoice.document.Discount;
import io.github.quote2invoice.document.LatePaymentTerms;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.PaymentTerms;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.error.CurrencyMismatchException;
import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Address;
import io.github.quote2invoice.party.Party;
import io.github.quote2invoice.tax.VatRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuoteTest {
    private static final Instant SENT = Instant.parse("2026-11-02T10:00:00Z");

    static Quote.Builder draft() {
        Party seller = Party.builder("Atelier Durand SAS", Address.of("12 rue des Artisans", "69003", "Lyon", "FR")).siren("123456782").build();
        Party buyer = Party.builder("Boulangerie Martin SARL", Address.of("4 place du Marché", "75011", "Paris", "FR")).build();
        return Quote.builder().id("q-1").number("D-1").currency("EUR").issueDate(LocalDate.of(2026, 11, 2))
                .validUntil(LocalDate.of(2026, 12, 2)).seller(seller).buyer(buyer)
                .paymentTerms(PaymentTerms.net(30, LatePaymentTerms.frenchB2bDefault(new BigDecimal("2.15"))))
                .line(QuoteLine.of("1", "Conception", Quantity.of("3", "DAY"), "650", VatRate.standard("20"), LineNature.SERVICES))
                .line(QuoteLine.of("2", "Travaux", Quantity.of("42.5", "HUR"), "48.50", VatRate.standard("10"), LineNature.SERVICES));
    }

    @Test
    void lifecycleFromDraftToAccepted() {
        Quote q = draft().build();
        assertThat(q.status()).isEqualTo(QuoteStatus.DRAFT);
        Transition sent = q.send(SENT);
        assertThat(sent.quote().status()).isEqualTo(QuoteStatus.SENT);
        assertThat(sent.event()).isEqualTo(new QuoteEvent.Sent("q-1", 0, SENT));
        Acceptance signature = Acceptance.eSignature("Paul Martin", Instant.parse("2026-11-10T09:00:00Z"), "a".repeat(64), "tx-1");
        Transition accepted = sent.quote().accept(signature);
        assertThat(accepted.quote().status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(accepted.quote().acceptedContentDigest()).contains(q.contentDigest());
        assertThat(accepted.event().idempotencyKey()).isEqualTo("QuoteAccepted:q-1:0:E_SIGNATURE");
        Quote approvedToo = accepted.quote().accept(Acceptance.internalApproval("Claire Durand", Instant.parse("2026-11-10T10:00:00Z"))).quote();
        assertThat(approvedToo.acceptances()).extracting(Acceptance::method)
                .containsExactly(AcceptanceMethod.E_SIGNATURE, AcceptanceMethod.INTERNAL_APPROVAL);
        assertThat(approvedToo.changedSinceAcceptance()).isFalse();
        Quote edited = approvedToo.toBuilder().line(QuoteLine.of("3", "Extra", Quantity.units(1), "1", VatRate.standard("20"),
                LineNature.GOODS)).build();
        assertThat(edited.changedSinceAcceptance()).isTrue();
    }

    @Test
    void refusedSteps() {
        Quote draft = draft().build();
        assertThatThrownBy(() -> draft.accept(Acceptance.internalApproval("x", SENT))).isInstanceOf(QuoteStateException.class)
                .hasMessageContaining("cannot accept quote D-1 in status DRAFT");
        Quote sent = draft.send(SENT).quote();
        assertThatThrownBy(() -> sent.send(SENT)).isInstanceOf(QuoteStateException.class);
        assertThatThrownBy(() -> sent.accept(Acceptance.internalApproval("x", Instant.parse("2026-12-03T00:00:00Z"))))
                .isInstanceOf(QuoteStateException.class).hasMessageContaining("too late");
        assertThatThrownBy(() -> sent.expire(LocalDate.of(2026, 12, 2))).isInstanceOf(QuoteStateException.class);
        assertThat(sent.expire(LocalDate.of(2026, 12, 3)).quote().status()).isEqualTo(QuoteStatus.EXPIRED);
        Transition declined = sent.decline(SENT, "Trop cher");
        assertThat(declined.quote().declineReason()).contains("Trop cher");
        assertThatThrownBy(() -> declined.quote().accept(Acceptance.internalApproval("x", SENT))).isInstanceOf(QuoteStateException.class);
    }

    @Test
    void revisionSupersedesAndStartsANewDraft() {
        Quote accepted = draft().build().send(SENT).quote().accept(Acceptance.internalApproval("x", SENT)).quote();
        Revision r = accepted.revise("q-1-r1", SENT, LocalDate.of(2026, 11, 20));
        assertThat(r.superseded().status()).isEqualTo(QuoteStatus.SUPERSEDED);
        assertThat(r.superseded().supersededBy()).contains("q-1-r1");
        assertThat(r.draft().revision()).isEqualTo(1);
        assertThat(r.draft().previousRevisionId()).contains("q-1");
        assertThat(r.draft().status()).isEqualTo(QuoteStatus.DRAFT);
        assertThat(r.draft().acceptances()).isEmpty();
        assertThat(r.draft().lines()).isEqualTo(accepted.lines());
        assertThatThrownBy(() -> accepted.revise("q-1", SENT, LocalDate.of(2026, 11, 20))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void validationNamesTheField() {
        assertThatThrownBy(() -> draft().line(QuoteLine.of("1", "dup", Quantity.units(1), "1", VatRate.standard("20"), LineNature.GOODS)).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCodes.DUPLICATE);
                    assertThat(e.path()).isEqualTo("lines[2].id");
                });
        assertThatThrownBy(() -> QuoteLine.of("1", "x", Quantity.of("-1", "C62"), "1", VatRate.standard("20"), LineNature.GOODS))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("quantity"));
        assertThatThrownBy(() -> QuoteLine.of("1", "x", Quantity.units(1), "1.23456", VatRate.standard("20"), LineNature.GOODS))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(ErrorCodes.TOO_MANY_DECIMALS));
        QuoteLine tooMuchOff = QuoteLine.of("9", "x", Quantity.units(1), "10", VatRate.standard("20"), LineNature.GOODS)
                .withDiscount(Discount.amount(Money.of("11", "EUR")));
        assertThatThrownBy(() -> draft().line(tooMuchOff).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("lines[2].discount"));
        QuoteLine dollars = QuoteLine.of("9", "x", Quantity.units(1), "10", VatRate.standard("20"), LineNature.GOODS)
                .withDiscount(Discount.amount(Money.of("1", "USD")));
        assertThatThrownBy(() -> draft().line(dollars).build()).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("USD");
        assertThatThrownBy(() -> draft().validUntil(LocalDate.of(2026, 11, 1)).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("validUntil"));
        assertThatThrownBy(() -> draft().lines(List.of()).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("lines"));
        assertThatThrownBy(() -> draft().seller(null).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(ErrorCodes.REQUIRED));
        assertThatThrownBy(() -> draft().status(QuoteStatus.ACCEPTED).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("acceptances"));
        assertThat(CurrencyMismatchException.class).isAssignableTo(InvalidValueException.class);
    }

    /** 3 x 650.00 = 1950.00 at 20 % (VAT 390.00); 42.5 x 48.50 = 2061.25 at 10 % (VAT 206.125 -> 206.13). */
    @Test
    void totals() {
        Quote q = draft().build();
        assertThat(q.totals().taxExclusive()).isEqualTo(Money.of("4011.25", "EUR"));
        assertThat(q.totals().vatTotal()).isEqualTo(Money.of("596.13", "EUR"));
        assertThat(q.totals().taxInclusive()).isEqualTo(Money.of("4607.38", "EUR"));
    }

    /** The digest follows the deal (any line, party, term or reference change), not its status or notes. */
    @Test
    void contentDigestTracksTheDealOnly() {
        Quote q = draft().build();
        String d = q.contentDigest();
        assertThat(d).matches("[0-9a-f]{64}").isEqualTo(draft().build().contentDigest());
        assertThat(q.send(SENT).quote().contentDigest()).isEqualTo(d);
        assertThat(q.toBuilder().notes(List.of(io.github.quote2invoice.document.Note.of("x"))).build().contentDigest()).isEqualTo(d);
        assertThat(q.toBuilder().lines(List.of(q.lines().get(0).withUnitPrice(new BigDecimal("650.01")), q.lines().get(1))).build()
                .contentDigest()).isNotEqualTo(d);
        assertThat(q.toBuilder().buyer(q.buyer().toBuilder().name("Autre SARL").build()).build().contentDigest()).isNotEqualTo(d);
        assertThat(q.toBuilder().references(q.references().withPurchaseOrder("PO-1")).build().contentDigest()).isNotEqualTo(d);
        // length prefixes keep field boundaries: moving text from one field to the next changes the digest
        QuoteLine a = q.lines().get(0);
        QuoteLine moved = new QuoteLine(a.id(), a.designation() + "x", java.util.Optional.of("y"), a.quantity(), a.unitPrice(), a.vatRate(),
                a.discount(), a.nature(), a.sellerItemId());
        QuoteLine moved2 = new QuoteLine(a.id(), a.designation(), java.util.Optional.of("xy"), a.quantity(), a.unitPrice(), a.vatRate(),
                a.discount(), a.nature(), a.sellerItemId());
        assertThat(q.toBuilder().lines(List.of(moved, q.lines().get(1))).build().contentDigest())
                .isNotEqualTo(q.toBuilder().lines(List.of(moved2, q.lines().get(1))).build().contentDigest());
    }
}
