package io.github.quote2invoice.json;

import io.github.quote2invoice.invoice.BillingFramework;
import io.github.quote2invoice.invoice.DepositDeduction;
import io.github.quote2invoice.invoice.IndexationDetail;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.invoice.InvoiceStatus;
import io.github.quote2invoice.invoice.LegalMention;
import io.github.quote2invoice.invoice.Period;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.invoice.ProgressDetail;
import io.github.quote2invoice.invoice.SettlementStyle;
import io.github.quote2invoice.invoice.SourceQuote;
import io.github.quote2invoice.invoice.VatInAccountingCurrency;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Bic;
import io.github.quote2invoice.party.Iban;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentInstructions;
import io.github.quote2invoice.payment.PaymentMeans;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.quote.QuoteLine;
import io.github.quote2invoice.tax.VatBreakdown;
import org.quicktheories.core.Gen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Generators of valid invoices (from a generated quote: every kind and status, deposit deductions in
 * both settlement styles, progress and indexation details, every payment means) and payments.
 */
final class InvoiceGen {
    private InvoiceGen() {
    }

    static Gen<Invoice> invoices() {
        return in -> invoice(new Draw(in));
    }

    static Gen<Payment> payments() {
        return in -> payment(new Draw(in));
    }

    /** BT-6/BT-111 for an invoice in another currency than EUR: converted at a drawn rate, or as stated by a document read. */
    private static Optional<VatInAccountingCurrency> accountingVat(Draw d, Currency currency) {
        Currency eur = Currency.getInstance("EUR");
        if (currency.equals(eur) || d.chance(30)) {
            return Optional.empty();
        }
        if (d.chance(50)) {
            return Optional.of(VatInAccountingCurrency.stated(Money.ofMinor(d.between(0, 10_000_000), eur)));
        }
        // a placeholder at the drawn rate: building converts the invoice's own VAT total
        return Optional.of(VatInAccountingCurrency.convert(Money.zero(eur), eur, BigDecimal.valueOf(d.between(1, 2_000_000), 6)));
    }

    static Invoice invoice(Draw d) {
        Quote q = QuoteGen.quote(d);
        List<InvoiceLine> lines = new ArrayList<>();
        for (QuoteLine l : q.lines()) {
            Money net = q.amountsOf(l).net();
            lines.add(InvoiceLine.builder(l.id(), l.designation()).description(l.description()).quantity(l.quantity())
                    .unitPrice(l.unitPrice()).discount(l.discount()).vatRate(l.vatRate()).nature(l.nature()).netAmount(net)
                    .sourceLineId(d.chance(70) ? Optional.of(l.id()) : Optional.empty()).sellerItemId(l.sellerItemId())
                    .progress(d.chance(20) ? Optional.of(new ProgressDetail(new BigDecimal("60"), new BigDecimal("25.5"), net, net,
                            Money.zero(q.currency()))) : Optional.empty())
                    .indexation(d.chance(20) ? Optional.of(new IndexationDetail("BT" + d.digits(2), YearMonth.of(2025, d.between(1, 12)),
                            d.decimal(1, 2_000_000, 4), YearMonth.of(2026, d.between(1, 12)), d.decimal(1, 2_000_000, 4), d.chance(50),
                            d.decimal(1, 2_000_000, 6), l.unitPrice())) : Optional.empty())
                    .note(d.chance(20) ? Optional.of(d.text(20)) : Optional.empty())
                    .build());
        }
        InvoiceKind kind = d.oneOf(List.of(InvoiceKind.values()));
        List<PrecedingInvoice> preceding = new ArrayList<>();
        List<DepositDeduction> deductions = new ArrayList<>();
        if (kind.isCreditNote() || d.chance(30)) {
            preceding.add(new PrecedingInvoice("FA-" + d.digits(6), q.issueDate().minusDays(d.between(0, 60)),
                    d.chance(50) ? Optional.of("inv-" + d.digits(4)) : Optional.empty()));
        }
        if (!preceding.isEmpty() && d.chance(50)) {
            List<VatBreakdown> amounts = new ArrayList<>();
            amounts.add(new VatBreakdown(lines.get(0).vatRate(), Money.ofMinor(d.between(1L, 1_000_000L), q.currency()),
                    Money.ofMinor(d.between(0L, 200_000L), q.currency())));
            deductions.add(new DepositDeduction(preceding.get(0), amounts));
        }
        List<PaymentMeans> means = new ArrayList<>();
        if (d.chance(50)) {
            means.add(new PaymentMeans.CreditTransfer(new Iban("FR7630006000011234567890189"),
                    d.chance(50) ? Optional.of(new Bic("AGRIFRPP")) : Optional.empty(), d.chance(50) ? Optional.of(d.text(20)) : Optional.empty()));
        }
        if (d.chance(30)) {
            means.add(new PaymentMeans.Card(d.chance(50) ? Optional.of("https://pay.example/" + d.digits(8)) : Optional.empty()));
        }
        if (d.chance(20)) {
            means.add(new PaymentMeans.DirectDebit("UMR-" + d.digits(6), "FR12ZZZ" + d.digits(6), new Iban("DE89370400440532013000"),
                    q.issueDate().minusDays(d.between(0, 400))));
        }
        Invoice draft = Invoice.builder().id("inv-" + d.digits(6)).kind(kind).seller(q.seller()).buyer(q.buyer())
                .deliveryAddress(q.deliveryAddress()).deliveryDate(d.chance(50) ? Optional.of(q.issueDate().plusDays(d.between(0, 90)))
                        : Optional.empty())
                .servicePeriod(d.chance(30) ? Optional.of(new Period(q.issueDate(), q.issueDate().plusDays(d.between(0, 60))))
                        : Optional.empty())
                .currency(q.currency()).rounding(q.rounding()).lines(lines).allowancesCharges(q.allowancesCharges())
                .deductions(deductions).settlement(d.oneOf(List.of(SettlementStyle.values())))
                .paymentTerms(q.paymentTerms())
                .paymentInstructions(new PaymentInstructions(means, d.chance(50) ? Optional.of("RF18" + d.digits(10)) : Optional.empty()))
                .references(q.references())
                .sourceQuote(d.chance(70) ? Optional.of(new SourceQuote(q.id(), q.number(), q.revision(), d.oneOf(List.of("final", "deposit-1",
                        "situation-2")))) : Optional.empty())
                .precedingInvoices(preceding)
                .billingFramework(d.chance(50) ? Optional.of(d.oneOf(List.of(BillingFramework.values()))) : Optional.empty())
                .legalMentions(d.chance(50) ? List.of(new LegalMention("FR_LATE_PENALTIES", Optional.of("PMD"), d.text(40), d.text(40)))
                        : List.of())
                .notes(q.notes())
                .creditReason(kind.isCreditNote() ? Optional.of(d.text(20)) : Optional.empty())
                .vatInAccountingCurrency(accountingVat(d, q.currency()))
                .build();
        if (d.chance(30)) {
            return draft;
        }
        Invoice issued = draft.issue("FA-" + q.issueDate().getYear() + "-" + d.digits(6), q.issueDate().plusDays(d.between(0, 30)));
        InvoiceStatus status = d.oneOf(List.of(InvoiceStatus.values()));
        return status == InvoiceStatus.DRAFT || status == InvoiceStatus.ISSUED ? issued : issued.withPaymentStatus(status);
    }

    static Payment payment(Draw d) {
        return new Payment("pay-" + d.digits(6), Money.ofMinor(d.between(1L, 1_000_000_000L), d.oneOf(QuoteGen.CURRENCIES)),
                d.oneOf(List.of(PaymentMethod.values())), LocalDate.of(2024, 1, 1).plusDays(d.between(0, 2000)),
                d.chance(50) ? Optional.of(d.text(20)) : Optional.empty(), d.chance(50) ? Optional.of(d.text(20)) : Optional.empty());
    }
}
