package io.github.quote2invoice.json;

import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.document.Discount;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.Note;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.invoice.BillingFramework;
import io.github.quote2invoice.invoice.DepositDeduction;
import io.github.quote2invoice.invoice.IndexationDetail;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.invoice.LegalMention;
import io.github.quote2invoice.invoice.Period;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.invoice.ProgressDetail;
import io.github.quote2invoice.invoice.SettlementStyle;
import io.github.quote2invoice.invoice.SourceQuote;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Bic;
import io.github.quote2invoice.party.Iban;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentInstructions;
import io.github.quote2invoice.payment.PaymentMeans;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;
import io.github.quote2invoice.testing.Samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Documents that use every part of the invoice and payment formats. */
final class JsonSamples {
    private JsonSamples() {
    }

    /** An issued final invoice deducting one deposit, with progress and indexation details and every payment means. */
    static Invoice finalInvoice() {
        Quote quote = Samples.acceptedQuote();
        PrecedingInvoice deposit = new PrecedingInvoice("FA-2026-000040", LocalDate.of(2026, 11, 12), Optional.of("inv-40"));
        DepositDeduction deduction = new DepositDeduction(deposit, List.of(
                new VatBreakdown(VatRate.standard("20"), Money.of("1000.00", "EUR"), Money.of("200.00", "EUR")),
                new VatBreakdown(VatRate.standard("10"), Money.of("500.00", "EUR"), Money.of("50.00", "EUR"))));
        InvoiceLine progress = InvoiceLine.builder("1", "Conception du four à pain").quantity(Quantity.of("3", "DAY"))
                .unitPrice(new BigDecimal("650")).vatRate(VatRate.standard("20")).nature(LineNature.SERVICES)
                .netAmount(Money.of("1950.00", "EUR")).sourceLineId(Optional.of("1"))
                .progress(Optional.of(new ProgressDetail(new BigDecimal("100"), new BigDecimal("40"), Money.of("1950.00", "EUR"),
                        Money.of("1950.00", "EUR"), Money.of("780.00", "EUR"))))
                .note(Optional.of("Situation n°3"))
                .build();
        InvoiceLine indexed = InvoiceLine.builder("2", "Four à sole 4 niveaux").quantity(Quantity.units(1))
                .unitPrice(new BigDecimal("12700.9")).vatRate(VatRate.standard("20")).nature(LineNature.GOODS)
                .discount(Optional.of(new Discount.Percentage(new BigDecimal("5"), Optional.of("Remise fidélité"))))
                .netAmount(Money.of("12065.86", "EUR")).sourceLineId(Optional.of("2")).sellerItemId(Optional.of("FOUR-4N"))
                .indexation(Optional.of(new IndexationDetail("BT01", YearMonth.of(2026, 6), new BigDecimal("131.2"), YearMonth.of(2026, 9),
                        new BigDecimal("133.8"), true, new BigDecimal("1.020156"), new BigDecimal("12450"))))
                .build();
        InvoiceLine reduced = InvoiceLine.builder("3", "Travaux de rénovation du fournil").quantity(Quantity.of("42.5", "HUR"))
                .unitPrice(new BigDecimal("48.5")).vatRate(VatRate.standard("10")).nature(LineNature.SERVICES)
                .discount(Optional.of(new Discount.Fixed(Money.of("12.25", "EUR"), Optional.empty())))
                .netAmount(Money.of("2049.00", "EUR")).build();
        PaymentInstructions instructions = new PaymentInstructions(List.of(
                new PaymentMeans.CreditTransfer(new Iban("FR7630006000011234567890189"), Optional.of(new Bic("AGRIFRPP")),
                        Optional.of("Atelier Durand SAS")),
                new PaymentMeans.Card(Optional.of("https://pay.example/i/FA-2026-000051")),
                new PaymentMeans.DirectDebit("UMR-2026-0007", "FR12ZZZ123456", new Iban("FR7630006000011234567890189"),
                        LocalDate.of(2026, 10, 1))), Optional.of("RF18539007547034"));
        return Invoice.builder().id("inv-51").kind(InvoiceKind.FINAL).seller(quote.seller()).buyer(quote.buyer())
                .deliveryAddress(Optional.of(io.github.quote2invoice.party.Address.of("8 rue du Four", "75011", "Paris", "FR")))
                .deliveryDate(Optional.of(LocalDate.of(2026, 12, 1)))
                .servicePeriod(Optional.of(new Period(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 12, 1))))
                .currency(quote.currency()).lines(List.of(progress, indexed, reduced))
                .allowancesCharges(List.of(AllowanceCharge.charge(Money.of("180.00", "EUR"), VatRate.standard("20"), "Livraison"),
                        new AllowanceCharge(AllowanceCharge.Kind.ALLOWANCE, Money.of("100.00", "EUR"), VatRate.standard("10"),
                                "Geste commercial", Optional.of("95"))))
                .deductions(List.of(deduction)).settlement(SettlementStyle.DEDUCTION_LINES)
                .paymentTerms(quote.paymentTerms()).paymentInstructions(instructions).references(quote.references())
                .sourceQuote(Optional.of(new SourceQuote(quote.id(), quote.number(), quote.revision(), "final")))
                .precedingInvoices(List.of(deposit)).billingFramework(Optional.of(BillingFramework.M4))
                .legalMentions(List.of(new LegalMention("FR_RECOVERY_INDEMNITY", Optional.of("PMT"),
                        "Indemnité forfaitaire pour frais de recouvrement : 40 €", "Fixed recovery indemnity: EUR 40")))
                .notes(List.of(Note.of("AAI", "Merci de votre confiance.")))
                .build()
                .issue("FA-2026-000051", LocalDate.of(2026, 12, 2));
    }

    /** A bank transfer received for the final invoice. */
    static Payment payment() {
        return new Payment("pay-9", Money.of("15000.00", "EUR"), PaymentMethod.BANK_TRANSFER, LocalDate.of(2026, 12, 20),
                Optional.of("SEPA-20261220-0042"), Optional.of("BOULANGERIE MARTIN"));
    }
}
