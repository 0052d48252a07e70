package io.github.quote2invoice.einvoice;

import io.github.quote2invoice.einvoice.ubl.UblRules;
import io.github.quote2invoice.einvoice.ubl.UblWriter;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.party.ElectronicAddress;
import io.github.quote2invoice.party.Party;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * UBL for the Peppol network ({@link UblRules#PEPPOL_BIS}): every corpus invoice, given what Peppol
 * needs and the corpus does not always have (a buyer reference, electronic addresses), passes the UBL
 * 2.1 XSD, the EN 16931 UBL schematron and the OpenPeppol BIS Billing 3.0 rules (release 2025.11); an
 * invoice Peppol cannot carry is refused before anything is written, naming the field.
 */
class PeppolValidationTest {
    private final UblWriter writer = new UblWriter(UblRules.PEPPOL_BIS);

    /** The corpus invoice with a buyer reference and a SIREN-based electronic address where it had none. */
    private static Invoice forPeppol(Invoice inv) {
        io.github.quote2invoice.document.References r = inv.references();
        return inv.toBuilder().references(r.buyerReference().isPresent() ? r
                        : new io.github.quote2invoice.document.References(java.util.Optional.of("SERVICE-ACHATS"), r.purchaseOrder(), r.contract(),
                                r.project()))
                .seller(addressed(inv.seller())).buyer(addressed(inv.buyer())).buildKeepingTotals();
    }

    private static Party addressed(Party p) {
        if (p.electronicAddress().isPresent() || p.effectiveSiren().isEmpty()) {
            return p;
        }
        return p.toBuilder().electronicAddress(ElectronicAddress.ofSiren(p.effectiveSiren().get())).build();
    }

    @TestFactory
    Stream<DynamicTest> corpusPassesXsdEn16931AndPeppolRules() {
        return Corpus.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Invoice inv = forPeppol(e.getValue());
            if (inv.buyer().electronicAddress().filter(a -> a.scheme().equals("EM")).isPresent()) {
                assertThatThrownBy(() -> writer.write(inv)).isInstanceOfSatisfying(EInvoiceException.class, x -> {
                    assertThat(x.code()).isEqualTo(EInvoiceException.NOT_EXPORTABLE);
                    assertThat(x.path()).isEqualTo("buyer.electronicAddress.scheme");
                });
                return;
            }
            byte[] xml = writer.write(inv);
            Files.write(Path.of("target", e.getKey() + ".peppol.xml"), xml);
            boolean creditNote = inv.kind() == InvoiceKind.CREDIT_NOTE || inv.kind() == InvoiceKind.DEPOSIT_CREDIT_NOTE;
            List<Finding> findings = KnownFindings.unexpected(inv, Validators.peppol(xml, creditNote));
            assertThat(findings).as(e.getKey()).isEmpty();
            // and it reads back: same number, totals and VAT breakdown (BT-23 is Peppol's process, so no framework)
            Invoice read = new io.github.quote2invoice.einvoice.ubl.UblReader().read(xml);
            assertThat(read.number()).isEqualTo(inv.number());
            assertThat(read.totals()).isEqualTo(inv.totals());
            assertThat(read.billingFramework()).isEmpty();
        }));
    }

    @Test
    void refusesWhatPeppolNeedsAndTheInvoiceLacks() {
        Invoice inv = forPeppol(Corpus.standardMultiRate());
        Invoice noReference = inv.toBuilder().references(io.github.quote2invoice.document.References.NONE).buildKeepingTotals();
        assertThatThrownBy(() -> writer.write(noReference)).isInstanceOfSatisfying(EInvoiceException.class,
                x -> assertThat(x.path()).isEqualTo("references.buyerReference"));
        Party unaddressed = Party.builder(inv.buyer().name(), inv.buyer().address()).build();
        assertThatThrownBy(() -> writer.write(inv.toBuilder().buyer(unaddressed).buildKeepingTotals()))
                .isInstanceOfSatisfying(EInvoiceException.class, x -> assertThat(x.getMessage()).contains("PEPPOL-EN16931-R010"));
    }

    @Test
    void peppolProcessOneNoteAndPeppolCustomization() throws Exception {
        String xml = new String(writer.write(forPeppol(Corpus.standardMultiRate())), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("<cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>")
                .contains(UblRules.PEPPOL_BIS.customizationId());
        String header = xml.substring(0, xml.indexOf("<cbc:DocumentCurrencyCode>"));
        assertThat(header.split("<cbc:Note>", -1)).as("one document-level note").hasSize(2);
        assertThat(new String(new UblWriter().write(Corpus.standardMultiRate()), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>");
    }
}
