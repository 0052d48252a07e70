package io.github.quote2invoice.testing;

import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.document.Discount;
import io.github.quote2invoice.document.LatePaymentTerms;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.Note;
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
import io.github.quote2invoice.quote.Acceptance;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.quote.QuoteLine;
import io.github.quote2invoice.tax.VatRate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Realistic French test data shared by every module's tests (through invoice-core's test-jar).
 * The identifiers are valid (Luhn, French VAT key, IBAN mod 97) but belong to no real company.
 */
public final class Samples {
    /** The issue date of the sample quote. */
    public static final LocalDate QUOTE_DATE = LocalDate.of(2026, 11, 2);
    /** When the sample quote was accepted. */
    public static final Instant ACCEPTED_AT = Instant.parse("2026-11-10T09:30:00Z");
    /** The ECB main refinancing rate used in samples (2.15 % since June 2025). */
    public static final BigDecimal ECB_RATE = new BigDecimal("2.15");

    private Samples() {
    }

    /** A French SAS selling services and goods. SIREN 123456782. */
    public static Party seller() {
        return Party.builder("Atelier Durand SAS", Address.of("12 rue des Artisans", "69003", "Lyon", "FR"))
                .siren("123456782").siret("12345678200010").vatId("FR11123456782").legalForm("SAS")
                .shareCapital(Money.of("10000", "EUR")).registration("RCS Lyon")
                .contact(Contact.of("Claire Durand", "facturation@atelier-durand.example"))
                .bankAccount(BankAccount.of("FR7630006000011234567890189", "AGRIFRPP"))
                .electronicAddress(ElectronicAddress.ofSiren(new Siren("123456782")))
                .build();
    }

    /** A French SARL buyer. SIREN 851234567. */
    public static Party buyer() {
        return Party.builder("Boulangerie Martin SARL", Address.of("4 place du Marché", "75011", "Paris", "FR"))
                .siren("851234567").vatId("FR39851234567").legalForm("SARL")
                .contact(Contact.of("Paul Martin", "compta@boulangerie-martin.example"))
                .electronicAddress(ElectronicAddress.ofSiren(new Siren("851234567")))
                .build();
    }

    /** A Belgian business buyer (intra-EU B2B). */
    public static Party belgianBuyer() {
        return Party.builder("Brasserie Dupont SRL", Address.of("Rue de la Station 3", "1000", "Bruxelles", "BE"))
                .vatId("BE0123456749").legalForm("SRL").build();
    }

    /** French B2B payment terms: 30 days, no escompte, ECB + 10 points and 40 EUR. */
    public static PaymentTerms terms() {
        return PaymentTerms.net(30, LatePaymentTerms.frenchB2bDefault(ECB_RATE));
    }

    /**
     * A sent (not yet accepted) quote with two VAT rates (20 % and 10 %), a percentage discount,
     * a fixed discount and a shipping charge.
     */
    public static Quote sentQuote() {
        return Quote.builder().id("q-2026-0042").number("D-2026-0042").issueDate(QUOTE_DATE).validUntil(QUOTE_DATE.plusDays(30))
                .currency("EUR").seller(seller()).buyer(buyer()).paymentTerms(terms())
                .references(References.NONE.withPurchaseOrder("PO-7781").withContract("CTR-2026-12"))
                .line(QuoteLine.of("1", "Conception du four à pain", Quantity.of("3", "DAY"), "650.00", VatRate.standard("20"),
                        LineNature.SERVICES))
                .line(QuoteLine.of("2", "Four à sole 4 niveaux", Quantity.units(1), "12450.00", VatRate.standard("20"), LineNature.GOODS)
                        .withDiscount(Discount.percent("5")))
                .line(QuoteLine.of("3", "Travaux de rénovation du fournil", Quantity.of("42.5", "HUR"), "48.50", VatRate.standard("10"),
                        LineNature.SERVICES))
                .line(QuoteLine.of("4", "Pierre réfractaire", Quantity.of("12.75", "MTK"), "86.1234", VatRate.standard("10"),
                        LineNature.GOODS).withDiscount(Discount.amount(Money.of("50.00", "EUR"))))
                .allowanceCharge(AllowanceCharge.charge(Money.of("180.00", "EUR"), VatRate.standard("20"), "Livraison et installation"))
                .notes(List.of(Note.of("Devis établi suite à la visite du 28 octobre 2026.")))
                .build()
                .send(QUOTE_DATE.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)).quote();
    }

    /** {@link #sentQuote()} accepted by e-signature. */
    public static Quote acceptedQuote() {
        return sentQuote().accept(Acceptance.eSignature("Paul Martin, gérant", ACCEPTED_AT,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "yousign-tx-5521")).quote();
    }
}
