package io.github.quote2invoice.einvoice;

import io.github.quote2invoice.einvoice.cii.CiiWriter;
import io.github.quote2invoice.invoice.Invoice;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each Factur-X profile's output passes Mustang (that profile's XSD and schematron). */
class CiiProfilesTest {
    private final CiiWriter writer = new CiiWriter();

    @ParameterizedTest
    @EnumSource(FacturXProfile.class)
    void everyProfileIsValid(FacturXProfile profile) {
        for (Invoice inv : new Invoice[] {Corpus.standardMultiRate(), Corpus.directDebit()}) {
            byte[] xml = writer.write(inv, profile);
            assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8)).contains(profile.guidelineId());
            assertThat(KnownFindings.unexpected(inv, Validators.mustang(xml))).as(profile + " " + inv.number()).isEmpty();
        }
    }
}
