package io.github.quote2invoice.legal;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.check.AnomalyCodes;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.LegalMention;
import io.github.quote2invoice.party.Address;
import io.github.quote2invoice.party.Party;
import io.github.quote2invoice.tax.VatRate;
import io.github.quote2invoice.testing.Samples;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static io.github.quote2invoice.testing.DraftInvoices.frenchB2b;
import static io.github.quote2invoice.testing.DraftInvoices.line;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generic EU set: Directive 2006/112/EC art. 226 (VAT numbers (3) and (4), date of supply (7),
 * exemption reference (11), "Reverse charge" (11a)) and Directive 2011/7/EU art. 6 (EUR 40 minimum).
 */
class EuRuleSetTest {
    private static final Party GERMAN_SELLER = Party.builder("Werkstatt Bauer GmbH", Address.of("Hauptstr. 5", "10115", "Berlin", "DE"))
            .vatId("DE136695976").legalForm("GmbH").registration("HRB 12345 Berlin").build();

    private final LegalRuleSet rules = LegalRuleSets.eu();

    @Test
    void germanSellerToBelgianBusinessReverseCharge() {
        Invoice inv = frenchB2b().seller(GERMAN_SELLER).buyer(Samples.belgianBuyer())
                .lines(List.of(line("1", "2", "400.00", VatRate.reverseCharge(), LineNature.SERVICES))).build();
        List<LegalMention> ms = rules.mentions(inv, LegalOptions.NONE);
        assertThat(ms).extracting(LegalMention::code).containsExactly(LegalMentionCodes.EU_SELLER_IDENTITY,
                LegalMentionCodes.EU_REVERSE_CHARGE, LegalMentionCodes.EU_NO_EARLY_PAYMENT_DISCOUNT, LegalMentionCodes.EU_LATE_PENALTIES,
                LegalMentionCodes.EU_RECOVERY_INDEMNITY);
        assertThat(ms.get(0).english()).isEqualTo("Werkstatt Bauer GmbH - GmbH - HRB 12345 Berlin - VAT no. DE136695976");
        assertThat(ms.get(1).english()).isEqualTo("Reverse charge");
        assertThat(ms).filteredOn(m -> m.subjectCode().isPresent()).extracting(m -> m.subjectCode().get())
                .containsExactly("AAB", "PMD", "PMT");
        assertThat(rules.check(inv, LegalOptions.NONE)).isEmpty();
    }

    /**
     * Directive 2006/112/EC art. 230: amounts in any currency, but the VAT in the national currency of
     * the member state. A German seller invoicing in USD states it in EUR; a Swedish seller invoicing
     * in EUR states it in SEK.
     */
    @Test
    void vatInTheNationalCurrencyForInvoicesInAnotherOne() {
        Invoice usd = frenchB2b().seller(GERMAN_SELLER).buyer(Samples.belgianBuyer()).currency(java.util.Currency.getInstance("USD"))
                .lines(List.of(usdLine())).build();
        assertThat(rules.check(usd, LegalOptions.NONE)).extracting(Anomaly::code).contains(AnomalyCodes.EU_VAT_IN_NATIONAL_CURRENCY_MISSING);
        Invoice stated = usd.toBuilder().vatInAccountingCurrency(java.util.Currency.getInstance("EUR"), new BigDecimal("0.9234")).build();
        assertThat(rules.check(stated, LegalOptions.NONE)).extracting(Anomaly::code).doesNotContain(AnomalyCodes.EU_VAT_IN_NATIONAL_CURRENCY_MISSING);

        Party swedish = Party.builder("Snickeri Berg AB", Address.of("Storgatan 1", "111 22", "Stockholm", "SE")).vatId("SE556677889901").build();
        Invoice eurFromSweden = frenchB2b().seller(swedish).buyer(Samples.belgianBuyer()).build();
        assertThat(rules.check(eurFromSweden, LegalOptions.NONE)).filteredOn(a -> a.code().equals(AnomalyCodes.EU_VAT_IN_NATIONAL_CURRENCY_MISSING))
                .singleElement().satisfies(a -> assertThat(a.message()).contains("in SEK"));
    }

    private static io.github.quote2invoice.invoice.InvoiceLine usdLine() {
        io.github.quote2invoice.invoice.InvoiceLine eur = line("1", "2", "400.00", VatRate.standard("19"), LineNature.SERVICES);
        return eur.toBuilder().netAmount(io.github.quote2invoice.money.Money.of(eur.netAmount().amount(), java.util.Currency.getInstance("USD"))).build();
    }

    @Test
    void missingVatNumbersAndSupplyDate() {
        Party noVat = Party.builder("Werkstatt Bauer GmbH", Address.of("Hauptstr. 5", "10115", "Berlin", "DE")).build();
        Party buyerNoVat = Party.builder("Brasserie Dupont SRL", Address.of("Rue de la Station 3", "1000", "Bruxelles", "BE")).build();
        Invoice inv = frenchB2b().seller(noVat).buyer(buyerNoVat).deliveryDate(Optional.empty())
                .lines(List.of(line("1", "1", "100.00", VatRate.intraCommunity(), LineNature.GOODS))).build();
        assertThat(rules.check(inv, LegalOptions.NONE)).extracting(Anomaly::code).containsExactly(AnomalyCodes.EU_SELLER_VAT_ID_MISSING,
                AnomalyCodes.EU_BUYER_VAT_ID_MISSING, AnomalyCodes.EU_DELIVERY_DATE_MISSING);
    }

    @Test
    void chooserPicksFranceForFrenchSellersAndForeignSellersToFrenchBuyers() {
        assertThat(LegalRuleSets.forParties(Samples.seller(), Samples.belgianBuyer()).jurisdiction()).isEqualTo("FR");
        assertThat(LegalRuleSets.forParties(GERMAN_SELLER, Samples.buyer()).jurisdiction()).isEqualTo("EU");
        Party swiss = Party.builder("Atelier Suisse SA", Address.of("Rue du Lac 1", "1200", "Genève", "CH")).build();
        assertThat(LegalRuleSets.forParties(swiss, Samples.buyer()).jurisdiction()).isEqualTo("FR");
        assertThat(LegalRuleSets.forParties(swiss, Samples.belgianBuyer()).jurisdiction()).isEqualTo("EU");
        Party germanWithFrenchVat = GERMAN_SELLER.toBuilder().vatId("FR11123456782").build();
        assertThat(LegalRuleSets.forParties(germanWithFrenchVat, Samples.belgianBuyer()).jurisdiction()).isEqualTo("FR");
        assertThat(LegalRuleSets.forInvoice(frenchB2b().build())).isSameAs(LegalRuleSets.france());
    }
}
