package io.github.quote2invoice.einvoice;

import io.github.quote2invoice.einvoice.ubl.UblWriter;
import io.github.quote2invoice.invoice.Invoice;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every corpus invoice, written as UBL, passes the UBL 2.1 XSD, the EN 16931 UBL schematron and the French CTC rules. */
class UblValidationTest {
    private final UblWriter writer = new UblWriter();

    @TestFactory
    Stream<DynamicTest> corpusPassesXsdEn16931AndFrenchRules() {
        return Corpus.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Invoice inv = e.getValue();
            byte[] xml = writer.write(inv);
            Files.write(Path.of("target", e.getKey() + ".ubl.xml"), xml);
            List<Finding> findings = KnownFindings.unexpected(inv, Validators.ubl(xml, inv.kind() == io.github.quote2invoice.invoice.InvoiceKind.CREDIT_NOTE));
            assertThat(findings).as(e.getKey()).isEmpty();
        }));
    }
}
