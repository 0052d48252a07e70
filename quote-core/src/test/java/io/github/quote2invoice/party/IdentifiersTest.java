package io.github.quote2invoice.party;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Identifier checks. Known-good values: SIREN 443061841 / SIRET 44306184100047 / VAT FR64443061841
 * (a registered French company, public in the SIRENE register: key = (12 + 3 x (443061841 mod 97)) mod 97 = 64);
 * IBAN FR76 3000 6000 0112 3456 7890 189 and DE89 3704 0044 0532 0130 00 (the specimen IBANs of the
 * French and German banking associations); La Poste's head office SIRET 35600000000048 passes Luhn, its establishments such as
 * 35600000049837 (digit sum 45) the digit-sum-mod-5 rule instead.
 */
class IdentifiersTest {

    @Test
    void validFrenchIdentifiers() {
        assertThat(new Siren("443 061 841").value()).isEqualTo("443061841");
        assertThat(new Siret("44306184100047").siren()).isEqualTo(new Siren("443061841"));
        assertThat(new Siret("35600000000048").siren().value()).isEqualTo("356000000");
        assertThat(new Siret("35600000049837").siren().value()).isEqualTo("356000000");
        assertThat(VatId.french(new Siren("443061841")).value()).isEqualTo("FR64443061841");
        assertThat(new VatId("fr 64 443061841").countryPrefix()).isEqualTo("FR");
        assertThat(new VatId("DE123456789").value()).isEqualTo("DE123456789");
    }

    @ParameterizedTest
    @CsvSource({
        "443061842, INVALID_CHECKSUM", "44306184, INVALID_FORMAT", "44306184A, INVALID_FORMAT", "' ', REQUIRED"})
    void badSiren(String value, String code) {
        assertCode(() -> new Siren(value), code, "siren");
    }

    @Test
    void badSiretAndVat() {
        assertCode(() -> new Siret("44306184100048"), ErrorCodes.INVALID_CHECKSUM, "siret");
        assertCode(() -> new Siret("35600000049838"), ErrorCodes.INVALID_CHECKSUM, "siret");
        assertCode(() -> new VatId("FR65443061841"), ErrorCodes.INVALID_CHECKSUM, "vatId");
        assertCode(() -> new VatId("FR6544306184"), ErrorCodes.INVALID_FORMAT, "vatId");
        assertCode(() -> new VatId("123456789"), ErrorCodes.INVALID_FORMAT, "vatId");
    }

    @Test
    void ibanMod97() {
        Iban fr = new Iban("fr76 3000 6000 0112 3456 7890 189");
        assertThat(fr.value()).isEqualTo("FR7630006000011234567890189");
        assertThat(fr.formatted()).isEqualTo("FR76 3000 6000 0112 3456 7890 189");
        assertThat(new Iban("DE89370400440532013000").value()).startsWith("DE89");
        assertThatThrownBy(() -> new Iban("FR7630006000011234567890188"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("wrong check digits (mod 97)");
        assertCode(() -> new Iban("FR76"), ErrorCodes.INVALID_FORMAT, "iban");
        assertThat(new Bic("agrifrpp").value()).isEqualTo("AGRIFRPP");
        assertCode(() -> new Bic("AGRI"), ErrorCodes.INVALID_FORMAT, "bic");
    }

    @Test
    void partyConsistency() {
        Address a = Address.of("1 rue de la Paix", "75002", "Paris", "FR");
        assertThat(Party.builder("ACME", a).siren("443061841").siret("44306184100047").vatId("FR64443061841").build().effectiveSiren())
                .contains(new Siren("443061841"));
        assertThat(Party.builder("ACME", a).siret("44306184100047").build().effectiveSiren()).contains(new Siren("443061841"));
        assertCode(() -> Party.builder("ACME", a).siren("123456782").siret("44306184100047").build(), ErrorCodes.INCONSISTENT, "siret");
        assertCode(() -> Party.builder("ACME", a).siren("123456782").vatId("FR64443061841").build(), ErrorCodes.INCONSISTENT, "vatId");
        assertCode(() -> Party.builder(" ", a).build(), ErrorCodes.REQUIRED, "name");
        assertCode(() -> Address.of("1 rue", "75002", "Paris", "XX"), ErrorCodes.UNKNOWN_CODE, "countryCode");
        assertCode(() -> Contact.of("Paul", "not-an-email"), ErrorCodes.INVALID_FORMAT, "email");
    }

    private static void assertCode(Supplier<?> build, String code, String path) {
        assertThatThrownBy(build::get).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.path()).isEqualTo(path);
        });
    }
}
