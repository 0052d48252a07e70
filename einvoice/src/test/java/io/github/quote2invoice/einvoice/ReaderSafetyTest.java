package io.github.quote2invoice.einvoice;

import io.github.quote2invoice.einvoice.cii.CiiReader;
import io.github.quote2invoice.einvoice.cii.CiiWriter;
import io.github.quote2invoice.einvoice.ubl.UblReader;
import io.github.quote2invoice.einvoice.ubl.UblWriter;
import io.github.quote2invoice.invoice.InvoiceStatus;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The readers refuse hostile or broken input with a typed exception, and the writers refuse drafts. */
class ReaderSafetyTest {
    private final CiiReader cii = new CiiReader();
    private final UblReader ubl = new UblReader();

    @Test
    void externalEntityIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\">&x;</rsm:CrossIndustryInvoice>";
        assertCode(() -> cii.read(bytes(xxe)), EInvoiceException.MALFORMED);
        assertCode(() -> ubl.read(bytes(xxe)), EInvoiceException.MALFORMED);
    }

    @Test
    void entityExpansionIsRefused() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">&c;</Invoice>";
        assertCode(() -> ubl.read(bytes(laughs)), EInvoiceException.MALFORMED);
    }

    @Test
    void sizeLimitIsEnforcedBeforeParsing() {
        byte[] xml = new CiiWriter().write(Corpus.standardMultiRate());
        assertCode(() -> new CiiReader(xml.length - 1).read(xml), EInvoiceException.MALFORMED);
        assertCode(() -> new CiiReader(xml.length - 1).read(new ByteArrayInputStream(xml)), EInvoiceException.MALFORMED);
        assertThat(new CiiReader(xml.length).read(new ByteArrayInputStream(xml)).number()).contains("FA-2026-000201");
    }

    @Test
    void wrongFormatAndBrokenContentAreTyped() {
        byte[] ublXml = new UblWriter().write(Corpus.standardMultiRate());
        assertCode(() -> cii.read(ublXml), EInvoiceException.UNSUPPORTED);
        assertCode(() -> ubl.read(new CiiWriter().write(Corpus.standardMultiRate())), EInvoiceException.UNSUPPORTED);
        assertCode(() -> cii.read(bytes("not xml")), EInvoiceException.MALFORMED);
        String noCurrency = new String(ublXml, StandardCharsets.UTF_8).replace("<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>", "");
        assertCode(() -> ubl.read(bytes(noCurrency)), EInvoiceException.INVALID_CONTENT);
        String badIban = new String(ublXml, StandardCharsets.UTF_8).replace("FR7630006000011234567890189", "FR7630006000011234567890188");
        assertThatThrownBy(() -> ubl.read(bytes(badIban))).isInstanceOf(EInvoiceException.class)
                .hasFieldOrPropertyWithValue("code", EInvoiceException.INVALID_CONTENT).hasMessageContaining("mod 97");
        String wrongTotals = new String(ublXml, StandardCharsets.UTF_8).replaceFirst("<cbc:PayableAmount currencyID=\"EUR\">[^<]+<",
                "<cbc:PayableAmount currencyID=\"EUR\">1.00<");
        assertCode(() -> ubl.read(bytes(wrongTotals)), EInvoiceException.INVALID_CONTENT);
    }

    @Test
    void draftsAreNotWritten() {
        var draft = Corpus.standardMultiRate().toBuilder().status(InvoiceStatus.DRAFT).number(null).issueDate(null).dueDate(null)
                .buildKeepingTotals();
        assertCode(() -> new CiiWriter().write(draft), EInvoiceException.NOT_EXPORTABLE);
        assertCode(() -> new UblWriter().write(draft), EInvoiceException.NOT_EXPORTABLE);
    }

    @Test
    void textXmlCannotHoldIsRefusedNotWrittenBroken() {
        var inv = Corpus.standardMultiRate().toBuilder().notes(java.util.List.of(io.github.quote2invoice.document.Note.of("bell \u0007 here")))
                .buildKeepingTotals();
        assertThatThrownBy(() -> new CiiWriter().write(inv)).isInstanceOf(EInvoiceException.class)
                .hasFieldOrPropertyWithValue("code", EInvoiceException.NOT_EXPORTABLE).hasMessageContaining("U+0007");
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(EInvoiceException.class).hasFieldOrPropertyWithValue("code", code);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
