package io.github.quote2invoice.einvoice;

import io.github.quote2invoice.einvoice.cii.CiiReader;
import io.github.quote2invoice.einvoice.cii.CiiWriter;
import io.github.quote2invoice.invoice.Invoice;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus in the EXTENDED profile passes the French EXTENDED-CTC-FR rules and the BR-FR rules, and
 * reads back like the EN16931 profile. The JPY invoice is left out: rule BR-FREXT-S-09 recomputes VAT
 * with two decimals whatever the currency (1319.34 JPY where JPY has no decimals), an error no
 * correct JPY document can avoid.
 */
class CiiExtendedTest {
    private final CiiWriter writer = new CiiWriter();

    @TestFactory
    Stream<DynamicTest> extendedCorpusPassesFrenchExtendedRules() {
        return Corpus.all().entrySet().stream().filter(e -> !e.getKey().equals("jpy")).map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Invoice inv = e.getValue();
            byte[] xml = writer.write(inv, FacturXProfile.EXTENDED);
            var findings = new java.util.ArrayList<>(Validators.FRENCH_EXTENDED_CII.validate(xml));
            findings.addAll(Validators.FRENCH_CII.validate(xml));
            assertThat(KnownFindings.unexpected(inv, findings)).as(e.getKey()).isEmpty();
            assertThat(new CiiReader().read(xml)).isEqualTo(Carried.of(inv));
        }));
    }
}
