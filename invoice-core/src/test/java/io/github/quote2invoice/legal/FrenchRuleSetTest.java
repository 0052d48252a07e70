package io.github.quote2invoice.legal;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.check.AnomalyCodes;
import io.github.quote2invoice.check.Severity;
import io.github.quote2invoice.document.DueDateRule;
import io.github.quote2invoice.document.EarlyPaymentDiscount;
import io.github.quote2invoice.document.LatePaymentTerms;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.PaymentTerms;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.LegalMention;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Address;
import io.github.quote2invoice.party.Insurance;
import io.github.quote2invoice.party.Party;
import io.github.quote2invoice.party.PartyType;
import io.github.quote2invoice.tax.VatRate;
import io.github.quote2invoice.testing.Samples;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.github.quote2invoice.testing.DraftInvoices.frenchB2b;
import static io.github.quote2invoice.testing.DraftInvoices.line;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The French mentions, one test each. Wording sources: Code de commerce L441-9 (escompte, penalties,
 * indemnity on the invoice), L441-10 II (penalty rate: ECB refinancing rate + 10 points by default, due
 * the day after the due date without reminder), D441-5 (indemnity fixed at 40 euros, the exact amount
 * must be printed); CGI ann. II art. 242 nonies A (identification, "Autoliquidation", exemption
 * references, and since décret n° 2022-1299 the buyer SIREN, delivery address, nature of operations,
 * "option pour le paiement de la taxe d'après les débits"); CGI art. 293 E (franchise wording).
 */
class FrenchRuleSetTest {
    private final LegalRuleSet rules = LegalRuleSets.france();

    private static LegalMention mention(List<LegalMention> mentions, String code) {
        return mentions.stream().filter(m -> m.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + code + " in " + mentions));
    }

    private static List<String> codes(List<LegalMention> mentions) {
        return mentions.stream().map(LegalMention::code).toList();
    }

    private static List<String> anomalyCodes(List<Anomaly> anomalies) {
        return anomalies.stream().map(Anomaly::code).toList();
    }

    /**
     * The shared rule set keeps the mentions of the last seller and terms: invoices alternating between two
     * sellers and two sets of terms must each get exactly what a fresh rule set gives them.
     */
    @Test
    void mentionsFollowEachInvoicesOwnSellerAndTerms() {
        Invoice first = frenchB2b().build();
        Party otherSeller = first.seller().toBuilder().name("Menuiserie Roux SARL").shareCapital(Money.of("15000", "EUR")).build();
        PaymentTerms otherTerms = PaymentTerms.net(45, new LatePaymentTerms(new BigDecimal("9.5"),
                Optional.of(Money.of("60", "EUR")), Optional.empty()));
        Invoice second = frenchB2b().seller(otherSeller).paymentTerms(otherTerms).build();
        for (Invoice invoice : List.of(first, second, first, second, second, first)) {
            assertThat(rules.mentions(invoice, LegalOptions.NONE)).isEqualTo(new FrenchRuleSet().mentions(invoice, LegalOptions.NONE));
        }
        assertThat(mention(rules.mentions(second, LegalOptions.NONE), LegalMentionCodes.FR_SELLER_IDENTITY).french())
                .startsWith("Menuiserie Roux SARL - ").contains("15 000");
        assertThat(mention(rules.mentions(second, LegalOptions.NONE), LegalMentionCodes.FR_RECOVERY_INDEMNITY).french()).contains("60 €");
    }

    @Test
    void latePenaltiesCarryTheRateAndBasisAsPmdNote() {
        // Samples.terms(): ECB 2.15 % + 10 points = 12.15 % (L441-10 II default).
        LegalMention m = mention(rules.mentions(frenchB2b().build(), LegalOptions.NONE), LegalMentionCodes.FR_LATE_PENALTIES);
        assertThat(m.subjectCode()).contains("PMD");
        assertThat(m.french()).isEqualTo("Pénalités de retard : taux annuel de 12,15 % (taux de refinancement BCE + 10 points), "
                + "exigibles dès le jour suivant la date d'échéance sans qu'un rappel soit nécessaire (art. L441-10 du Code de commerce).");
        assertThat(m.text(Locale.ENGLISH)).startsWith("Late payment penalties: annual rate of 12.15% (");
    }

    @Test
    void recoveryIndemnityOfFortyEurosForBusinessBuyersAsPmtNote() {
        LegalMention m = mention(rules.mentions(frenchB2b().build(), LegalOptions.NONE), LegalMentionCodes.FR_RECOVERY_INDEMNITY);
        assertThat(m.subjectCode()).contains("PMT");
        // D441-5: "fixé à 40 euros"; the amount itself is printed.
        assertThat(m.french()).isEqualTo("Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 € "
                + "(art. L441-10 et D441-5 du Code de commerce).");
        assertThat(m.english()).contains("EUR 40");
    }

    @Test
    void noRecoveryIndemnityForConsumers() {
        Party consumer = Party.builder("Jeanne Petit", Address.of("3 rue Haute", "69001", "Lyon", "FR")).type(PartyType.CONSUMER).build();
        List<LegalMention> ms = rules.mentions(frenchB2b().buyer(consumer).build(), LegalOptions.NONE);
        assertThat(codes(ms)).doesNotContain(LegalMentionCodes.FR_RECOVERY_INDEMNITY, LegalMentionCodes.FR_BUYER_SIREN)
                .contains(LegalMentionCodes.FR_LATE_PENALTIES);
    }

    @Test
    void noEscompteMentionWhenNoneAndTermsWhenGiven() {
        LegalMention none = mention(rules.mentions(frenchB2b().build(), LegalOptions.NONE), LegalMentionCodes.FR_NO_EARLY_PAYMENT_DISCOUNT);
        assertThat(none.subjectCode()).contains("AAB");
        assertThat(none.french()).isEqualTo("Pas d'escompte pour paiement anticipé.");

        PaymentTerms withDiscount = new PaymentTerms(DueDateRule.net(30), List.of(),
                Optional.of(new EarlyPaymentDiscount(new BigDecimal("2"), 10)), Samples.terms().latePayment(), Optional.empty());
        LegalMention some = mention(rules.mentions(frenchB2b().paymentTerms(withDiscount).build(), LegalOptions.NONE),
                LegalMentionCodes.FR_EARLY_PAYMENT_DISCOUNT);
        assertThat(some.subjectCode()).contains("AAB");
        assertThat(some.french()).isEqualTo("Escompte pour paiement anticipé : 2 % en cas de paiement sous 10 jours à compter de la date d'émission de la facture.");
        assertThat(some.english()).isEqualTo("Early payment discount: 2% if paid within 10 days of the invoice date.");
    }

    @Test
    void franchiseEnBaseWording() {
        Invoice inv = frenchB2b().lines(List.of(line("1", "2", "100.00", VatRate.franchiseEnBase(), LineNature.SERVICES))).build();
        LegalMention m = mention(rules.mentions(inv, LegalOptions.NONE), LegalMentionCodes.FR_FRANCHISE_293B);
        assertThat(m.french()).isEqualTo("TVA non applicable, art. 293 B du CGI");
    }

    @Test
    void reverseChargeSaysAutoliquidation() {
        Invoice inv = frenchB2b().lines(List.of(line("1", "1", "5000.00", VatRate.reverseCharge(), LineNature.SERVICES))).build();
        LegalMention m = mention(rules.mentions(inv, LegalOptions.NONE), LegalMentionCodes.FR_REVERSE_CHARGE);
        assertThat(m.french()).isEqualTo("Autoliquidation");
        assertThat(m.english()).isEqualTo("Reverse charge");
    }

    @Test
    void intraEuAndExportExemptionsCiteTheCgi() {
        Invoice inv = frenchB2b().buyer(Samples.belgianBuyer()).lines(List.of(
                line("1", "1", "100.00", VatRate.intraCommunity(), LineNature.GOODS),
                line("2", "1", "100.00", VatRate.export(), LineNature.GOODS))).build();
        List<LegalMention> ms = rules.mentions(inv, LegalOptions.NONE);
        assertThat(mention(ms, LegalMentionCodes.FR_INTRA_EU_EXEMPTION).french()).isEqualTo("Exonération de TVA, article 262 ter I du CGI");
        assertThat(mention(ms, LegalMentionCodes.FR_EXPORT_EXEMPTION).french()).isEqualTo("Exonération de TVA, article 262 I du CGI");
        assertThat(mention(ms, LegalMentionCodes.FR_INTRA_EU_EXEMPTION).english()).contains("art. 138 of Directive 2006/112/EC");
    }

    @Test
    void soleTraderNameFollowedByEi() {
        Party ei = Party.builder("Marc Lefèvre", Address.of("8 chemin Vert", "38000", "Grenoble", "FR")).type(PartyType.SOLE_TRADER)
                .siren("732829320").vatId("FR44732829320").registration("RM 38").build();
        LegalMention m = mention(rules.mentions(frenchB2b().seller(ei).build(), LegalOptions.NONE), LegalMentionCodes.FR_SOLE_TRADER);
        assertThat(m.french()).isEqualTo("Marc Lefèvre EI");
    }

    @Test
    void buildingTradeInsurance() {
        Party seller = Samples.seller().toBuilder().insurance(new Insurance("MAAF Assurances, Niort", "DEC-2026-1182", "France métropolitaine"))
                .build();
        LegalMention m = mention(rules.mentions(frenchB2b().seller(seller).build(), LegalOptions.NONE), LegalMentionCodes.FR_INSURANCE);
        assertThat(m.french()).isEqualTo("Assurance professionnelle : MAAF Assurances, Niort, contrat n° DEC-2026-1182, "
                + "couverture géographique : France métropolitaine.");
    }

    @Test
    void reformMentions() {
        Address site = Address.of("2 avenue du Port", "13002", "Marseille", "FR");
        Invoice inv = frenchB2b().deliveryAddress(Optional.of(site)).build();
        List<LegalMention> ms = rules.mentions(inv, new LegalOptions(true));
        assertThat(mention(ms, LegalMentionCodes.FR_BUYER_SIREN).french()).isEqualTo("SIREN du client : 851 234 567");
        assertThat(mention(ms, LegalMentionCodes.FR_DELIVERY_ADDRESS).french())
                .isEqualTo("Adresse de livraison : 2 avenue du Port, 13002 Marseille, FR");
        // one service line and one goods line: both categories (décret n° 2022-1299).
        assertThat(mention(ms, LegalMentionCodes.FR_OPERATION_NATURE).french())
                .isEqualTo("Nature des opérations : livraisons de biens et prestations de services");
        assertThat(mention(ms, LegalMentionCodes.FR_VAT_ON_DEBITS).french()).isEqualTo("Option pour le paiement de la taxe d'après les débits");
    }

    @Test
    void noDeliveryAddressMentionWhenSameAsBuyerNorDebitsWithoutOption() {
        Invoice inv = frenchB2b().deliveryAddress(Optional.of(Samples.buyer().address())).build();
        assertThat(codes(rules.mentions(inv, LegalOptions.NONE)))
                .doesNotContain(LegalMentionCodes.FR_DELIVERY_ADDRESS, LegalMentionCodes.FR_VAT_ON_DEBITS);
    }

    @Test
    void sellerLegalIdentity() {
        LegalMention m = mention(rules.mentions(frenchB2b().build(), LegalOptions.NONE), LegalMentionCodes.FR_SELLER_IDENTITY);
        assertThat(m.french()).isEqualTo("Atelier Durand SAS - SAS au capital de 10 000 € - RCS Lyon 123 456 782 - SIRET 123 456 782 00010 "
                + "- N° TVA FR11123456782");
        assertThat(m.english()).contains("SAS with share capital of EUR 10,000");
    }

    @Test
    void creditNoteCitesTheCorrectedInvoice() {
        Invoice inv = frenchB2b().kind(InvoiceKind.CREDIT_NOTE)
                .precedingInvoices(List.of(new PrecedingInvoice("FA-2026-000042", LocalDate.of(2026, 11, 12), Optional.empty()))).build();
        assertThat(mention(rules.mentions(inv, LegalOptions.NONE), LegalMentionCodes.FR_CORRECTED_INVOICE).french())
                .isEqualTo("Avoir relatif à la facture n° FA-2026-000042 du 12/11/2026.");
    }

    @Test
    void completeFrenchDraftHasNoAnomaly() {
        assertThat(rules.check(frenchB2b().build(), LegalOptions.NONE)).isEmpty();
    }

    @Test
    void missingSellerDataAreErrorsWithPaths() {
        Party bare = Party.builder("Atelier Sans Papiers", Address.of("1 rue X", "69003", "Lyon", "FR")).build();
        List<Anomaly> found = rules.check(frenchB2b().seller(bare).build(), LegalOptions.NONE);
        assertThat(found).allMatch(a -> a.severity() == Severity.ERROR);
        assertThat(found).extracting(Anomaly::code, Anomaly::path).contains(
                org.assertj.core.groups.Tuple.tuple(AnomalyCodes.FR_SELLER_SIREN_MISSING, "seller.siren"),
                org.assertj.core.groups.Tuple.tuple(AnomalyCodes.FR_SELLER_VAT_ID_MISSING, "seller.vatId"),
                org.assertj.core.groups.Tuple.tuple(AnomalyCodes.FR_SELLER_LEGAL_FORM_MISSING, "seller.legalForm"),
                org.assertj.core.groups.Tuple.tuple(AnomalyCodes.FR_SELLER_SHARE_CAPITAL_MISSING, "seller.shareCapital"),
                org.assertj.core.groups.Tuple.tuple(AnomalyCodes.FR_SELLER_REGISTRATION_MISSING, "seller.registration"));
    }

    @Test
    void franchiseSellerNeedsNoVatIdButCannotChargeVat() {
        Party micro = Party.builder("Léa Martin", Address.of("5 rue Basse", "69004", "Lyon", "FR")).type(PartyType.SOLE_TRADER)
                .siren("732829320").build();
        Invoice onlyFranchise = frenchB2b().seller(micro)
                .lines(List.of(line("1", "1", "300.00", VatRate.franchiseEnBase(), LineNature.SERVICES))).build();
        assertThat(anomalyCodes(rules.check(onlyFranchise, LegalOptions.NONE))).isEmpty();

        Invoice mixed = frenchB2b().seller(micro).lines(List.of(line("1", "1", "300.00", VatRate.franchiseEnBase(), LineNature.SERVICES),
                line("2", "1", "10.00", VatRate.standard("20"), LineNature.GOODS))).build();
        assertThat(rules.check(mixed, LegalOptions.NONE)).extracting(Anomaly::code, Anomaly::path).contains(
                org.assertj.core.groups.Tuple.tuple(AnomalyCodes.FR_FRANCHISE_MIXED_WITH_VAT, "lines[1].vatRate"),
                org.assertj.core.groups.Tuple.tuple(AnomalyCodes.FR_SELLER_VAT_ID_MISSING, "seller.vatId"));
    }

    @Test
    void buyerSirenAndVatIdForReverseCharge() {
        Party buyerWithoutIds = Party.builder("Client SAS", Address.of("9 rue Y", "75002", "Paris", "FR")).build();
        Invoice inv = frenchB2b().buyer(buyerWithoutIds)
                .lines(List.of(line("1", "1", "900.00", VatRate.reverseCharge(), LineNature.SERVICES))).build();
        assertThat(anomalyCodes(rules.check(inv, LegalOptions.NONE)))
                .contains(AnomalyCodes.FR_BUYER_SIREN_MISSING, AnomalyCodes.FR_BUYER_VAT_ID_MISSING);
    }

    @Test
    void intraEuSupplyToBusinessWithoutVatIdIsError() {
        Party belgianNoVat = Party.builder("Brasserie Dupont SRL", Address.of("Rue de la Station 3", "1000", "Bruxelles", "BE")).build();
        Invoice inv = frenchB2b().buyer(belgianNoVat)
                .lines(List.of(line("1", "1", "900.00", VatRate.intraCommunity(), LineNature.GOODS))).build();
        List<Anomaly> found = rules.check(inv, LegalOptions.NONE);
        assertThat(anomalyCodes(found)).containsExactly(AnomalyCodes.FR_BUYER_VAT_ID_MISSING);
        assertThat(found.get(0).path()).isEqualTo("buyer.vatId");
    }

    @Test
    void supplyDateDueDateAndIndemnityAmount() {
        LatePaymentTerms thirty = new LatePaymentTerms(new BigDecimal("12.15"), Optional.of(Money.of("30.00", "EUR")), Optional.empty());
        Invoice inv = frenchB2b().deliveryDate(Optional.empty()).paymentTerms(PaymentTerms.net(30, thirty)).build();
        assertThat(anomalyCodes(rules.check(inv, LegalOptions.NONE)))
                .containsExactlyInAnyOrder(AnomalyCodes.FR_DELIVERY_DATE_MISSING, AnomalyCodes.FR_RECOVERY_INDEMNITY_AMOUNT);
        Invoice issuedWithoutDue = frenchB2b().number("FA-1").issueDate(LocalDate.of(2026, 11, 21))
                .status(io.github.quote2invoice.invoice.InvoiceStatus.ISSUED).build();
        assertThat(anomalyCodes(rules.check(issuedWithoutDue, LegalOptions.NONE))).containsExactly(AnomalyCodes.FR_DUE_DATE_MISSING);
        // a deposit invoice is dated by its payment, not by a delivery
        assertThat(rules.check(frenchB2b().kind(InvoiceKind.DEPOSIT).deliveryDate(Optional.empty()).build(), LegalOptions.NONE)).isEmpty();
    }
}
