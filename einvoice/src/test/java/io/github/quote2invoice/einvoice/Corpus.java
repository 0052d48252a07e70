package io.github.quote2invoice.einvoice;

import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.document.Discount;
import io.github.quote2invoice.document.EarlyPaymentDiscount;
import io.github.quote2invoice.document.LatePaymentTerms;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.Note;
import io.github.quote2invoice.document.PaymentTerms;
import io.github.quote2invoice.document.DueDateRule;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.document.References;
import io.github.quote2invoice.document.TotalsCalculator;
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
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Address;
import io.github.quote2invoice.party.BankAccount;
import io.github.quote2invoice.party.Contact;
import io.github.quote2invoice.party.ElectronicAddress;
import io.github.quote2invoice.party.Iban;
import io.github.quote2invoice.party.Party;
import io.github.quote2invoice.party.Siren;
import io.github.quote2invoice.payment.PaymentInstructions;
import io.github.quote2invoice.payment.PaymentMeans;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;
import io.github.quote2invoice.testing.Samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The e-invoice test corpus: issued invoices of every kind the engine makes, built with
 * {@link Invoice#builder()} so that totals come from the one totals calculator. Each is meant to pass
 * the Factur-X/EN 16931 and French CTC validators with zero errors.
 */
public final class Corpus {
    static final Currency EUR = Currency.getInstance("EUR");
    static final LocalDate ISSUED = LocalDate.of(2026, 11, 20);
    static final PrecedingInvoice DEPOSIT_1 = new PrecedingInvoice("FA-2026-000101", LocalDate.of(2026, 10, 1), Optional.of("inv-101"));
    static final PrecedingInvoice DEPOSIT_2 = new PrecedingInvoice("FA-2026-000117", LocalDate.of(2026, 10, 20), Optional.empty());

    private Corpus() {
    }

    /** Every corpus invoice by name, in a stable order. */
    public static Map<String, Invoice> all() {
        Map<String, Invoice> m = new LinkedHashMap<>();
        m.put("standard-multirate", standardMultiRate());
        m.put("deposit", deposit());
        m.put("progress", progress());
        m.put("final-deduction-lines", finalInvoice(SettlementStyle.DEDUCTION_LINES, BillingFramework.M4));
        m.put("final-prepaid", finalInvoice(SettlementStyle.PREPAID_AMOUNT, BillingFramework.S4));
        m.put("final-goods-b4", finalGoods());
        m.put("credit-note", creditNote());
        m.put("deposit-credit-note", depositCreditNote());
        m.put("reverse-charge", reverseCharge());
        m.put("intra-eu", intraEu());
        m.put("export", export());
        m.put("franchise", franchise());
        m.put("jpy", jpy());
        m.put("direct-debit", directDebit());
        m.put("indexed-price", indexedPrice());
        m.put("card-and-charges", cardAndCharges());
        m.put("instalments", instalments());
        return m;
    }

    static Invoice.Builder base(String number) {
        return Invoice.builder().id("inv-" + number).number(number).status(InvoiceStatus.ISSUED).issueDate(ISSUED)
                .seller(Samples.seller()).buyer(Samples.buyer()).currency(EUR).paymentTerms(Samples.terms())
                .dueDate(ISSUED.plusDays(30)).deliveryDate(Optional.of(ISSUED.minusDays(2)))
                .paymentInstructions(transfer("FA-" + number))
                .legalMentions(frenchMentions());
    }

    static PaymentInstructions transfer(String reference) {
        return new PaymentInstructions(List.of(new PaymentMeans.CreditTransfer(Iban.of("FR7630006000011234567890189"),
                Optional.of(io.github.quote2invoice.party.Bic.of("AGRIFRPP")), Optional.of("Atelier Durand SAS"))), Optional.of(reference));
    }

    static List<LegalMention> frenchMentions() {
        return List.of(
                new LegalMention("FR_LATE_PENALTIES", Optional.of("PMD"),
                        "Pénalités de retard : taux BCE + 10 points, soit 12.15 % l'an.", "Late penalties: ECB rate + 10 points, 12.15 % a year."),
                new LegalMention("FR_RECOVERY_INDEMNITY", Optional.of("PMT"),
                        "Indemnité forfaitaire pour frais de recouvrement : 40 EUR.", "Fixed recovery indemnity: EUR 40."),
                new LegalMention("FR_NO_EARLY_DISCOUNT", Optional.of("AAB"),
                        "Pas d'escompte pour paiement anticipé.", "No discount for early payment."),
                new LegalMention("FR_LEGAL_FORM", Optional.empty(), "SAS au capital de 10 000 EUR", "SAS with a share capital of EUR 10,000"));
    }

    /** A line whose net is priced by the one totals calculator. */
    static InvoiceLine line(String id, String name, String qty, String unit, String price, VatRate rate, LineNature nature,
                            Discount discount, Currency currency) {
        InvoiceLine.Builder b = InvoiceLine.builder(id, name).quantity(Quantity.of(qty, unit)).unitPrice(new BigDecimal(price))
                .vatRate(rate).nature(nature).discount(Optional.ofNullable(discount)).netAmount(Money.zero(currency));
        InvoiceLine draft = b.build();
        return b.netAmount(TotalsCalculator.standard().lineAmounts(draft, currency).net()).build();
    }

    static InvoiceLine line(String id, String name, String qty, String unit, String price, VatRate rate, LineNature nature) {
        return line(id, name, qty, unit, price, rate, nature, null, EUR);
    }

    static Invoice standardMultiRate() {
        return base("FA-2026-000201")
                .lines(List.of(
                        line("1", "Conception du four à pain", "3", "DAY", "650.00", VatRate.standard("20"), LineNature.SERVICES).toBuilder()
                                .description(Optional.of("Étude et plans, trois jours d'ingénieur")).sellerItemId(Optional.of("ETU-01"))
                                .sourceLineId(Optional.of("1")).note(Optional.of("Selon visite du 28 octobre")).build(),
                        line("2", "Four à sole 4 niveaux", "1", "C62", "12450.00", VatRate.standard("20"), LineNature.GOODS,
                                new Discount.Percentage(new BigDecimal("5"), Optional.of("Remise commerciale")), EUR),
                        line("3", "Travaux de rénovation du fournil", "42.5", "HUR", "48.50", VatRate.standard("10"), LineNature.SERVICES),
                        line("4", "Pierre réfractaire", "12.75", "MTK", "86.1234", VatRate.standard("10"), LineNature.GOODS,
                                new Discount.Fixed(Money.of("50.00", "EUR"), Optional.empty()), EUR),
                        line("5", "Livre de recettes", "2", "C62", "24.90", VatRate.standard("5.5"), LineNature.GOODS)))
                .allowancesCharges(List.of(AllowanceCharge.charge(Money.of("180.00", "EUR"), VatRate.standard("20"), "Livraison et installation"),
                        new AllowanceCharge(AllowanceCharge.Kind.ALLOWANCE, Money.of("100.00", "EUR"), VatRate.standard("20"), "Remise fidélité",
                                Optional.of("95"))))
                .references(new References(Optional.of("SERVICE-ACHATS"), Optional.of("PO-7781"), Optional.of("CTR-2026-12"),
                        Optional.of("PRJ-FOURNIL")))
                .sourceQuote(Optional.of(new SourceQuote("q-2026-0042", "D-2026-0042", 1, "standard")))
                .deliveryAddress(Optional.of(Address.of("8 rue du Four", "75011", "Paris", "FR")))
                .servicePeriod(Optional.of(new Period(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 18))))
                .notes(List.of(Note.of("Merci de votre confiance."), Note.of("AAI", "Chantier Boulangerie Martin, Paris 11e.")))
                .build();
    }

    static Invoice deposit() {
        return base("FA-2026-000202").kind(InvoiceKind.DEPOSIT)
                .lines(List.of(
                        line("1", "Acompte de 30 % sur devis D-2026-0042 (TVA 20 %)", "1", "C62", "4310.25", VatRate.standard("20"), LineNature.GOODS),
                        line("2", "Acompte de 30 % sur devis D-2026-0042 (TVA 10 %)", "1", "C62", "924.34", VatRate.standard("10"), LineNature.SERVICES)))
                .references(References.NONE.withPurchaseOrder("PO-7781"))
                .sourceQuote(Optional.of(new SourceQuote("q-2026-0042", "D-2026-0042", 1, "deposit-1")))
                .deliveryDate(Optional.empty()).dueDate(ISSUED)
                .build();
    }

    static Invoice progress() {
        Money contract = Money.of("20000.00", "EUR");
        ProgressDetail p = new ProgressDetail(new BigDecimal("60"), new BigDecimal("25"), contract, Money.of("12000.00", "EUR"),
                Money.of("5000.00", "EUR"));
        ProgressDetail p2 = new ProgressDetail(new BigDecimal("40"), BigDecimal.ZERO, Money.of("5000.00", "EUR"),
                Money.of("2000.00", "EUR"), Money.of("0.00", "EUR"));
        return base("FA-2026-000203").kind(InvoiceKind.PROGRESS)
                .lines(List.of(
                        line("1", "Gros œuvre - situation n° 2 (60 % cumulés)", "1", "C62", "7000.00", VatRate.standard("20"), LineNature.SERVICES)
                                .toBuilder().progress(Optional.of(p)).sourceLineId(Optional.of("1")).build(),
                        line("2", "Électricité - situation n° 2 (40 % cumulés)", "1", "C62", "2000.00", VatRate.standard("10"), LineNature.SERVICES)
                                .toBuilder().progress(Optional.of(p2)).sourceLineId(Optional.of("2")).build()))
                .references(References.NONE.withContract("MARCHE-2026-07"))
                .sourceQuote(Optional.of(new SourceQuote("q-2026-0050", "D-2026-0050", 2, "situation-2")))
                .servicePeriod(Optional.of(new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))))
                .deliveryDate(Optional.empty())
                .build();
    }

    static Invoice finalInvoice(SettlementStyle style, BillingFramework framework) {
        DepositDeduction d1 = new DepositDeduction(DEPOSIT_1, List.of(
                new VatBreakdown(VatRate.standard("20"), Money.of("3000.00", "EUR"), Money.of("600.00", "EUR")),
                new VatBreakdown(VatRate.standard("10"), Money.of("1000.00", "EUR"), Money.of("100.00", "EUR"))));
        DepositDeduction d2 = new DepositDeduction(DEPOSIT_2, List.of(
                new VatBreakdown(VatRate.standard("20"), Money.of("1500.00", "EUR"), Money.of("300.00", "EUR"))));
        return base(style == SettlementStyle.DEDUCTION_LINES ? "FA-2026-000204" : "FA-2026-000205").kind(InvoiceKind.FINAL)
                .lines(List.of(
                        line("1", "Four à sole 4 niveaux", "1", "C62", "12450.00", VatRate.standard("20"), LineNature.GOODS),
                        line("2", "Conception et pose", "40", "HUR", "75.00", VatRate.standard("10"), LineNature.SERVICES)))
                .deductions(List.of(d1, d2)).settlement(style)
                .precedingInvoices(List.of(DEPOSIT_1, DEPOSIT_2))
                .billingFramework(Optional.of(framework))
                .sourceQuote(Optional.of(new SourceQuote("q-2026-0042", "D-2026-0042", 1, "final")))
                .build();
    }

    static Invoice finalGoods() {
        DepositDeduction d1 = new DepositDeduction(DEPOSIT_1, List.of(
                new VatBreakdown(VatRate.standard("20"), Money.of("1234.57", "EUR"), Money.of("246.91", "EUR"))));
        return base("FA-2026-000206").kind(InvoiceKind.FINAL)
                .lines(List.of(line("1", "Vitrine réfrigérée", "3", "C62", "1371.7433", VatRate.standard("20"), LineNature.GOODS)))
                .deductions(List.of(d1)).settlement(SettlementStyle.DEDUCTION_LINES)
                .precedingInvoices(List.of(DEPOSIT_1))
                .billingFramework(Optional.of(BillingFramework.B4))
                .build();
    }

    static Invoice creditNote() {
        return base("AV-2026-000011").kind(InvoiceKind.CREDIT_NOTE)
                .lines(List.of(line("1", "Retour : pierre réfractaire défectueuse", "2.5", "MTK", "86.1234", VatRate.standard("10"), LineNature.GOODS)))
                .precedingInvoices(List.of(new PrecedingInvoice("FA-2026-000201", ISSUED.minusDays(5), Optional.of("inv-FA-2026-000201"))))
                .creditReason(Optional.of("Marchandise défectueuse retournée"))
                .paymentInstructions(PaymentInstructions.NONE)
                .build();
    }

    static Invoice depositCreditNote() {
        return base("AV-2026-000012").kind(InvoiceKind.DEPOSIT_CREDIT_NOTE)
                .lines(List.of(line("1", "Annulation de l'acompte FA-2026-000101", "1", "C62", "3000.00", VatRate.standard("20"), LineNature.GOODS)))
                .precedingInvoices(List.of(DEPOSIT_1))
                .creditReason(Optional.of("Commande annulée"))
                .paymentInstructions(PaymentInstructions.NONE)
                .build();
    }

    static Invoice reverseCharge() {
        return base("FA-2026-000207")
                .lines(List.of(line("1", "Sous-traitance travaux de maçonnerie", "35", "HUR", "55.00", VatRate.reverseCharge(),
                        LineNature.SERVICES)))
                .billingFramework(Optional.of(BillingFramework.S5))
                .build();
    }

    static Invoice intraEu() {
        return base("FA-2026-000208").buyer(Samples.belgianBuyer().toBuilder()
                        .electronicAddress(new ElectronicAddress("0208", "0123456749")).build())
                .lines(List.of(line("1", "Pétrin mécanique 80 L", "2", "C62", "3890.00", VatRate.intraCommunity(), LineNature.GOODS)))
                .deliveryAddress(Optional.of(Address.of("Rue de la Station 3", "1000", "Bruxelles", "BE")))
                .build();
    }

    static Invoice export() {
        Party swiss = Party.builder("Boulangerie Müller AG", Address.of("Bahnhofstrasse 10", "8001", "Zürich", "CH"))
                .vatId("CHE123456788").electronicAddress(new ElectronicAddress("EM", "factures@mueller.example")).build();
        return base("FA-2026-000209").buyer(swiss)
                .lines(List.of(line("1", "Façonneuse de baguettes", "1", "C62", "7450.00", VatRate.export(), LineNature.GOODS)))
                .deliveryAddress(Optional.of(Address.of("Bahnhofstrasse 10", "8001", "Zürich", "CH")))
                .build();
    }

    static Invoice franchise() {
        Party microSeller = Party.builder("Julie Petit EI", Address.of("3 impasse des Lilas", "33000", "Bordeaux", "FR"))
                .type(io.github.quote2invoice.party.PartyType.SOLE_TRADER).siren("732829320").vatId("FR44732829320").legalForm("EI")
                .contact(Contact.of("Julie Petit", "julie@petit-design.example"))
                .electronicAddress(ElectronicAddress.ofSiren(new Siren("732829320"))).build();
        return base("FA-2026-000210").seller(microSeller)
                .lines(List.of(line("1", "Création de logo", "1", "C62", "850.00", VatRate.franchiseEnBase(), LineNature.SERVICES),
                        line("2", "Déclinaison de la charte graphique", "4", "HUR", "45.00", VatRate.franchiseEnBase(), LineNature.SERVICES)))
                .paymentInstructions(new PaymentInstructions(List.of(new PaymentMeans.CreditTransfer(Iban.of("FR7630004000031234567890143"),
                        Optional.empty(), Optional.empty())), Optional.empty()))
                .build();
    }

    static Invoice jpy() {
        Currency jpy = Currency.getInstance("JPY");
        return base("FA-2026-000211").currency(jpy)
                .lines(List.of(line("1", "Formation boulangerie française (Tokyo)", "3", "DAY", "150000", VatRate.standard("20"),
                        LineNature.SERVICES, null, jpy),
                        line("2", "Support de cours", "12", "C62", "1999", VatRate.standard("5.5"), LineNature.GOODS, null, jpy)))
                .paymentTerms(new PaymentTerms(DueDateRule.net(30), List.of(), Optional.empty(),
                        new LatePaymentTerms(new BigDecimal("12.15"), Optional.of(Money.of("6000", "JPY")), Optional.empty()), Optional.empty()))
                // VAT also in EUR (BT-6, BT-111; BR-FR-CO-12) at a rate of 0.0061 EUR per JPY
                .vatInAccountingCurrency(EUR, new BigDecimal("0.0061"))
                .build();
    }

    static Invoice directDebit() {
        return base("FA-2026-000212")
                .lines(List.of(line("1", "Maintenance annuelle du four - novembre", "1", "MON", "189.00", VatRate.standard("20"), LineNature.SERVICES)))
                .paymentInstructions(new PaymentInstructions(List.of(new PaymentMeans.DirectDebit("RUM-2026-0042", "FR12ZZZ123456",
                        Iban.of("FR7630001007941234567890185"), LocalDate.of(2026, 1, 15))), Optional.of("FA-2026-000212")))
                .paymentTerms(new PaymentTerms(DueDateRule.net(10), List.of(), Optional.of(new EarlyPaymentDiscount(new BigDecimal("1"), 8)),
                        LatePaymentTerms.frenchB2bDefault(Samples.ECB_RATE), Optional.of("Prélèvement SEPA à 10 jours")))
                .legalMentions(List.of())
                .servicePeriod(Optional.of(new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))))
                .build();
    }

    static Invoice indexedPrice() {
        IndexationDetail idx = new IndexationDetail("BT01", YearMonth.of(2026, 1), new BigDecimal("131.2"), YearMonth.of(2026, 9),
                new BigDecimal("134.9"), false, new BigDecimal("1.0254"), new BigDecimal("150.00"));
        return base("FA-2026-000213")
                .lines(List.of(line("1", "Ravalement de façade (prix révisé BT01)", "120", "MTK", "153.81", VatRate.standard("10"), LineNature.SERVICES)
                        .toBuilder().indexation(Optional.of(idx)).build()))
                .build();
    }

    /** One invoice paid in three instalments: 10 x 300.00 at 20 % = 3,600.00 incl. VAT, three times 1,200.00. */
    static Invoice instalments() {
        List<io.github.quote2invoice.document.Installment> schedule = List.of(
                new io.github.quote2invoice.document.Installment(ISSUED, Money.of("1200.00", "EUR"), Optional.of("À la commande")),
                new io.github.quote2invoice.document.Installment(ISSUED.plusMonths(1), Money.of("1200.00", "EUR"), Optional.empty()),
                new io.github.quote2invoice.document.Installment(ISSUED.plusMonths(2), Money.of("1200.00", "EUR"), Optional.of("Solde")));
        return base("FA-2026-000215")
                .lines(List.of(line("1", "Formation des équipes (paiement en 3 fois)", "10", "DAY", "300.00", VatRate.standard("20"),
                        LineNature.SERVICES)))
                .paymentTerms(new PaymentTerms(DueDateRule.net(30), schedule, Optional.empty(), LatePaymentTerms.frenchB2bDefault(Samples.ECB_RATE),
                        Optional.of("Paiement en trois fois sans frais.")))
                .dueDate(ISSUED)
                .build();
    }

    static Invoice cardAndCharges() {
        return base("FA-2026-000214")
                .lines(new ArrayList<>(List.of(
                        line("1", "Farine T65 bio", "250", "KGM", "1.38", VatRate.standard("5.5"), LineNature.GOODS),
                        line("2", "Levure fraîche", "12.5", "KGM", "6.40", VatRate.standard("5.5"), LineNature.GOODS,
                                new Discount.Percentage(new BigDecimal("12.5"), Optional.empty()), EUR),
                        line("3", "Livraison express", "1", "C62", "35.00", VatRate.standard("20"), LineNature.SERVICES))))
                .allowancesCharges(List.of(AllowanceCharge.allowance(Money.of("10.00", "EUR"), VatRate.standard("5.5"), "Remise volume")))
                .paymentInstructions(new PaymentInstructions(List.of(new PaymentMeans.Card(Optional.of("https://pay.example/i/FA-2026-000214")),
                        new PaymentMeans.CreditTransfer(Iban.of("FR7630006000011234567890189"), Optional.empty(), Optional.empty())),
                        Optional.of("RF18539007547034")))
                .build();
    }
}
