package io.github.quote2invoice.quote;

import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.document.Discount;
import io.github.quote2invoice.document.Installment;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Address;
import io.github.quote2invoice.party.BankAccount;
import io.github.quote2invoice.party.Contact;
import io.github.quote2invoice.party.Insurance;
import io.github.quote2invoice.tax.VatRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the canonical encoding "q2i-quote-v1": digests are stored with accepted quotes, so the same
 * quote must keep the same digest across releases and rewrites of {@link ContentDigest}. The expected
 * values were computed by the first implementation (a {@code StringBuilder} hashed as UTF-8); a change
 * here means every stored acceptance digest would read as "changed after acceptance".
 */
class ContentDigestGoldenTest {

    @Test
    void simpleQuoteKeepsItsDigest() {
        assertThat(QuoteTest.draft().build().contentDigest()).isEqualTo("3b3f76b44513d25198604a93c6e9ed19fba951e6f7b1b2078d57d43a4374c653");
    }

    /** Every optional part filled, non-ASCII text, negative and fractional numbers, several rates and an exemption. */
    @Test
    void fullQuoteKeepsItsDigest() {
        assertThat(full().contentDigest()).isEqualTo("5fd0715b87e10626eecba0fb6481822915fa5bc0626874b5855ebef4b65a45ac");
    }

    static Quote full() {
        Quote base = QuoteTest.draft().build();
        var seller = base.seller().toBuilder().tradingName("Durand & Fils — ébénisterie").siret("12345678200010").vatId("FR11123456782")
                .legalForm("SAS").shareCapital(Money.of("10000.00", "EUR")).registration("RCS Lyon")
                .contact(Contact.of("Claire Durand", "claire@durand.example")).bankAccount(BankAccount.of("FR7630006000011234567890189", "AGRIFRPP"))
                .insurance(new Insurance("MAAF", "P-778", "France métropolitaine")).build();
        return base.toBuilder().seller(seller)
                .deliveryAddress(Address.of("Zone artisanale, bâtiment C", "69100", "Villeurbanne", "FR"))
                .lines(List.of(
                        QuoteLine.of("1", "Conception « sur mesure »", Quantity.of("3", "DAY"), "650", VatRate.standard("20"), LineNature.SERVICES)
                                .withDiscount(Discount.percent("12.5")),
                        QuoteLine.of("2", "Chêne massif 日本", Quantity.of("0.125", "MTQ"), "1999.99", VatRate.standard("5.5"), LineNature.GOODS)
                                .withDiscount(Discount.amount(Money.of("10.00", "EUR"))),
                        QuoteLine.of("3", "Export \uD83D\uDE00", Quantity.of("1000000", "C62"), "0.0001", VatRate.export(), LineNature.GOODS)))
                .allowancesCharges(List.of(AllowanceCharge.allowance(Money.of("25.00", "EUR"), VatRate.standard("20"), "Remise fidélité"),
                        AllowanceCharge.charge(Money.of("40.00", "EUR"), VatRate.standard("20"), "Transport")))
                .paymentTerms(base.paymentTerms().withSchedule(List.of(
                        new Installment(LocalDate.of(2026, 12, 1), Money.of("100.00", "EUR"), Optional.of("Acompte")),
                        new Installment(LocalDate.of(2027, 1, 31), Money.of("2500.55", "EUR"), Optional.empty()))))
                .references(base.references().withPurchaseOrder("PO-42 / é"))
                .build();
    }
}
