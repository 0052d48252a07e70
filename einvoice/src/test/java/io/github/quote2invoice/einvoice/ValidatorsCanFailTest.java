package io.github.quote2invoice.einvoice;

import io.github.quote2invoice.einvoice.cii.CiiWriter;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Each validator the corpus tests rely on rejects a deliberately broken document: a pass means something. */
class ValidatorsCanFailTest {
    private static final String PMT_NOTE = "<ram:SubjectCode>PMT</ram:SubjectCode>";

    @Test
    void mustangRejectsWrongTotal() {
        String xml = cii().replaceFirst("<ram:GrandTotalAmount>[^<]+</ram:GrandTotalAmount>",
                "<ram:GrandTotalAmount>1.00</ram:GrandTotalAmount>");
        assertThat(Validators.mustang(bytes(xml))).anyMatch(f -> f.isError() && f.text().contains("BR-CO-15"));
    }

    @Test
    void mustangRejectsSchemaViolation() {
        String xml = cii().replace("<ram:TypeCode>380</ram:TypeCode>", "<ram:Kind>380</ram:Kind>");
        assertThat(Validators.mustang(bytes(xml))).anyMatch(Finding::isError);
    }

    @Test
    void frenchCiiRulesFlagABadNumberAndAMissingNote() {
        // The BR-FR rules are published as warnings (only marketplace rules are fatal); the corpus
        // tests treat every one of them as a failure, so flagging is rejecting here.
        String xml = cii().replaceFirst("<ram:ID>FA-2026-000201</ram:ID>", "<ram:ID>FA 2026 n°201</ram:ID>")
                .replace(PMT_NOTE, "<ram:SubjectCode>AAI</ram:SubjectCode>");
        var findings = Validators.FRENCH_CII.validate(bytes(xml));
        assertThat(findings).anyMatch(f -> f.id().equals("BR-FR-02_BT-1"));
        assertThat(KnownFindings.unexpected(Corpus.standardMultiRate(), findings)).isNotEmpty();
        assertThat(findings).anyMatch(f -> !f.isError() && f.id().equals("BR-FR-05_BT-22_PMT"));
    }

    @Test
    void ublSchematronRejectsWrongTotalAndXsdRejectsUnknownElement() {
        String ubl = new String(new io.github.quote2invoice.einvoice.ubl.UblWriter().write(Corpus.standardMultiRate()), StandardCharsets.UTF_8);
        String wrongTotal = ubl.replaceFirst("<cbc:TaxInclusiveAmount currencyID=\"EUR\">[^<]+<", "<cbc:TaxInclusiveAmount currencyID=\"EUR\">1.00<");
        assertThat(Validators.EN16931_UBL.validate(bytes(wrongTotal))).anyMatch(f -> f.isError() && f.id().equals("BR-CO-15"));
        String unknown = ubl.replace("<cbc:DocumentCurrencyCode>", "<cbc:Currency>EUR</cbc:Currency><cbc:DocumentCurrencyCode>");
        assertThat(Validators.ubl(bytes(unknown), false)).anyMatch(f -> f.isError() && f.validator().equals("UBL-XSD"));
        String noPmt = ubl.replace("#PMT#", "#AAI#");
        assertThat(Validators.FRENCH_UBL.validate(bytes(noPmt))).anyMatch(f -> f.id().startsWith("BR-FR-05"));
        // The French flows' document is not a Peppol one: BT-23 is the billing framework, several notes.
        assertThat(Validators.PEPPOL_UBL.validate(bytes(ubl))).anyMatch(f -> f.isError() && f.id().equals("PEPPOL-EN16931-R007"))
                .anyMatch(f -> f.isError() && f.id().equals("PEPPOL-EN16931-R002"));
    }

    private static String cii() {
        String xml = new String(new CiiWriter().write(Corpus.standardMultiRate()), StandardCharsets.UTF_8);
        assertThat(xml).contains(PMT_NOTE);
        return xml;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
