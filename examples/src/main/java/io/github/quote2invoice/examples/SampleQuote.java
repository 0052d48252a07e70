package io.github.quote2invoice.examples;

import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.document.Discount;
import io.github.quote2invoice.document.LatePaymentTerms;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.PaymentTerms;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.document.References;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Address;
import io.github.quote2invoice.party.BankAccount;
import io.github.quote2invoice.party.Contact;
import io.github.quote2invoice.party.ElectronicAddress;
import io.github.quote2invoice.party.Party;
import io.github.quote2invoice.party.Siren;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.quote.QuoteLine;
import io.github.quote2invoice.tax.VatRate;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The quote of the quickstart: a French bakery's oven renovation, two VAT rates. */
public final class SampleQuote {
    private SampleQuote() {
    }

    /** The seller: a French SAS with everything French invoices must print. */
    public static Party seller() {
        return Party.builder("Atelier Durand SAS", Address.of("12 rue des Artisans", "69003", "Lyon", "FR"))
                .siren("123456782").siret("12345678200010").vatId("FR11123456782").legalForm("SAS")
                .shareCapital(Money.of("10000", "EUR")).registration("RCS Lyon")
                .contact(Contact.of("Claire Durand", "facturation@atelier-durand.example"))
                .bankAccount(BankAccount.of("FR7630006000011234567890189", "AGRIFRPP"))
                .electronicAddress(ElectronicAddress.ofSiren(new Siren("123456782")))
                .build();
    }

    /** The buyer: a French SARL. */
    public static Party buyer() {
        return Party.builder("Boulangerie Martin SARL", Address.of("4 place du Marché", "75011", "Paris", "FR"))
                .siren("851234567").vatId("FR39851234567").legalForm("SARL")
                .contact(Contact.of("Paul Martin", "compta@boulangerie-martin.example"))
                .electronicAddress(ElectronicAddress.ofSiren(new Siren("851234567")))
                .build();
    }

    /** A draft quote: design and an oven at 20 %, renovation work and materials at 10 %, delivery charged. */
    public static Quote quote() {
        return Quote.builder().id("q-2026-0042").number("D-2026-0042").currency("EUR")
                .issueDate(LocalDate.of(2026, 11, 2)).validUntil(LocalDate.of(2026, 12, 2))
                .seller(seller()).buyer(buyer())
                .paymentTerms(PaymentTerms.net(30, LatePaymentTerms.frenchB2bDefault(new BigDecimal("2.15"))))
                .references(References.NONE.withPurchaseOrder("PO-7781"))
                .line(QuoteLine.of("1", "Conception du four à pain", Quantity.of("3", "DAY"), "650.00", VatRate.standard("20"),
                        LineNature.SERVICES))
                .line(QuoteLine.of("2", "Four à sole 4 niveaux", Quantity.units(1), "12450.00", VatRate.standard("20"), LineNature.GOODS)
                        .withDiscount(Discount.percent("5")))
                .line(QuoteLine.of("3", "Rénovation du fournil", Quantity.of("42.5", "HUR"), "48.50", VatRate.standard("10"),
                        LineNature.SERVICES))
                .line(QuoteLine.of("4", "Pierre réfractaire", Quantity.of("12.75", "MTK"), "86.1234", VatRate.standard("10"),
                        LineNature.GOODS))
                .allowanceCharge(AllowanceCharge.charge(Money.of("180.00", "EUR"), VatRate.standard("20"), "Livraison et installation"))
                .build();
    }
}
