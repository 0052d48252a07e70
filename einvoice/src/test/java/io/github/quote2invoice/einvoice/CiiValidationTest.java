package io.github.quote2invoice.einvoice;

import io.github.quote2invoice.einvoice.cii.CiiWriter;
import io.github.quote2invoice.invoice.Invoice;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every corpus invoice, written as CII (EN16931 profile), passes Mustang and the French CTC rules without error or warning. */
class CiiValidationTest {
    private final CiiWriter writer = new CiiWriter();

    @TestFactory
    Stream<DynamicTest> corpusPassesMustangAndFrenchRules() {
        return Corpus.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Invoice inv = e.getValue();
            byte[] xml = writer.write(inv);
            java.nio.file.Files.write(java.nio.file.Path.of("target", e.getKey() + ".cii.xml"), xml);
            List<Finding> findings = KnownFindings.unexpected(inv, Validators.cii(xml));
            assertThat(findings).as(e.getKey()).isEmpty();
        }));
    }
}
