package io.github.quote2invoice.einvoice;

import io.github.quote2invoice.einvoice.internal.Reading;
import io.github.quote2invoice.einvoice.internal.Texts;
import io.github.quote2invoice.invoice.DepositDeduction;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceStatus;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.invoice.SettlementStyle;
import io.github.quote2invoice.invoice.VatInAccountingCurrency;
import io.github.quote2invoice.money.RoundingPolicy;
import io.github.quote2invoice.party.Party;
import io.github.quote2invoice.party.PartyType;
import io.github.quote2invoice.payment.PaymentInstructions;
import io.github.quote2invoice.payment.PaymentMeans;

import java.util.List;
import java.util.Optional;

/**
 * What of an invoice survives Invoice -> CII (EN16931) or UBL -> Invoice: the invoice with every field
 * the formats cannot carry replaced by what the readers put there (docs/einvoice.md lists them). The
 * round-trip tests compare the read invoice with this, record for record.
 */
final class Carried {
    private Carried() {
    }

    /** What UBL carries: as CII, except that a credit note (CreditNote root) without payment means has nowhere to put BT-9. */
    static Invoice ubl(Invoice inv) {
        Invoice cii = of(inv);
        if (inv.kind() == io.github.quote2invoice.invoice.InvoiceKind.CREDIT_NOTE && Texts.paymentMeans(inv).isEmpty()) {
            return cii.toBuilder().dueDate(null)
                    .paymentTerms(Reading.paymentTerms(Texts.paymentTermsText(inv), inv.issueDate().orElseThrow(), java.util.Optional.empty()))
                    .buildKeepingTotals();
        }
        return cii;
    }

    /** What CII (EN16931 profile) carries. */
    static Invoice of(Invoice inv) {
        boolean prepaidStyle = inv.settlement() == SettlementStyle.PREPAID_AMOUNT && !inv.deductions().isEmpty();
        List<DepositDeduction> deductions = prepaidStyle ? List.of()
                : inv.deductions().stream().map(d -> new DepositDeduction(withoutId(d.deposit()), d.amounts())).toList();
        SettlementStyle style = deductions.isEmpty() && !inv.totals().prepaid().isZero()
                ? SettlementStyle.PREPAID_AMOUNT : SettlementStyle.DEDUCTION_LINES;
        return inv.toBuilder()
                .id(inv.number().orElseThrow()).status(InvoiceStatus.ISSUED).rounding(RoundingPolicy.DEFAULT)
                .seller(party(inv.seller(), true)).buyer(party(inv.buyer(), false))
                .deductions(deductions).settlement(style)
                .precedingInvoices(inv.precedingInvoices().stream().map(Carried::withoutId).toList())
                .paymentTerms(Reading.paymentTerms(Texts.paymentTermsText(inv), inv.issueDate().orElseThrow(), inv.dueDate()))
                .paymentInstructions(new PaymentInstructions(Texts.paymentMeans(inv).stream()
                        .map(m -> m instanceof PaymentMeans.DirectDebit d
                                ? new PaymentMeans.DirectDebit(d.mandateReference(), d.creditorId(), d.debtorIban(), inv.issueDate().orElseThrow())
                                : m).toList(), inv.paymentInstructions().remittanceReference()))
                .sourceQuote(inv.sourceQuote().map(q -> Reading.sourceQuote(q.number())))
                .billingFramework(Optional.of(Texts.framework(inv)))
                .legalMentions(List.of())
                // BT-111 is carried, its rate is not (no business term holds it)
                .vatInAccountingCurrency(inv.vatInAccountingCurrency().map(v -> VatInAccountingCurrency.stated(v.vatTotal())))
                .notes(Reading.notes(Texts.notes(inv)))
                .buildKeepingTotals();
    }

    private static PrecedingInvoice withoutId(PrecedingInvoice p) {
        return new PrecedingInvoice(p.number(), p.issueDate(), Optional.empty());
    }

    private static Party party(Party p, boolean seller) {
        Party.Builder b = Party.builder(p.name(), p.address())
                .type(seller && p.legalForm().filter("EI"::equals).isPresent() ? PartyType.SOLE_TRADER : PartyType.COMPANY);
        p.tradingName().ifPresent(b::tradingName);
        p.effectiveSiren().ifPresent(s -> b.siren(s.value()));
        p.siret().ifPresent(s -> b.siret(s.value()));
        p.vatId().ifPresent(v -> b.vatId(v.value()));
        if (seller) {
            p.legalForm().ifPresent(b::legalForm);
            p.shareCapital().ifPresent(b::shareCapital);
            p.registration().ifPresent(b::registration);
        }
        p.contact().ifPresent(b::contact);
        p.electronicAddress().ifPresent(b::electronicAddress);
        return b.build();
    }
}
