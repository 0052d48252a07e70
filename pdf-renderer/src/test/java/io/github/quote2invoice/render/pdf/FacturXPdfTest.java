package io.github.quote2invoice.render.pdf;

import io.github.quote2invoice.einvoice.FacturXProfile;
import io.github.quote2invoice.einvoice.cii.CiiWriter;
import io.github.quote2invoice.invoice.Invoice;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Factur-X PDFs checked by independent tools: veraPDF (PDF/A-3b) and Mustang's validator (PDF, XMP,
 * Factur-X XSD of the profile, EN 16931 schematron); then the XML read back from the PDF is compared
 * with what the PDF prints.
 */
class FacturXPdfTest {
    static final CiiWriter CII = new CiiWriter();
    static final PdfInvoiceRenderer RENDERER = PdfInvoiceRenderer.builder().xmlWriter(CII::write).build();

    static List<Invoice> corpus() {
        return List.of(TestInvoices.standard(20), TestInvoices.deposit(), TestInvoices.finalInvoice(), TestInvoices.progress(),
                TestInvoices.creditNote());
    }

    /** Mustang's errors on a Factur-X PDF (warnings and notices are not errors). */
    static List<String> mustangErrors(byte[] pdf) {
        ZUGFeRDValidator v = new ZUGFeRDValidator();
        String report = v.validate(pdf, "invoice.pdf");
        List<String> errors = new ArrayList<>();
        try {
            Document doc = secureParser().parse(new ByteArrayInputStream(report.getBytes(StandardCharsets.UTF_8)));
            NodeList nl = doc.getElementsByTagName("error");
            for (int i = 0; i < nl.getLength(); i++) {
                Element e = (Element) nl.item(i);
                errors.add(e.getAttribute("type") + " " + e.getAttribute("location") + ": " + e.getTextContent().trim());
            }
            NodeList summaries = doc.getElementsByTagName("summary");
            for (int i = 0; i < summaries.getLength(); i++) {
                String status = ((Element) summaries.item(i)).getAttribute("status");
                if (!"valid".equals(status)) {
                    errors.add("summary status " + status);
                }
            }
            if (summaries.getLength() == 0) {
                errors.add("no summary in the report: " + report);
            }
        } catch (Exception e) {
            errors.add("unreadable report " + e + ": " + report);
        }
        return errors;
    }

    static javax.xml.parsers.DocumentBuilder secureParser() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder();
    }

    @Test
    void everyFacturXPdfPassesVeraPdfAndMustang() {
        for (Invoice inv : corpus()) {
            byte[] pdf = RENDERER.render(inv, Locale.FRENCH).content();
            assertThat(PdfAValidation.failures(pdf)).as("veraPDF on %s", inv.number().orElseThrow()).isEmpty();
            assertThat(mustangErrors(pdf)).as("Mustang on %s", inv.number().orElseThrow()).isEmpty();
        }
    }

    @Test
    void otherProfilesAreEmbeddedWithTheirLevel() throws Exception {
        for (FacturXProfile p : List.of(FacturXProfile.BASIC, FacturXProfile.EXTENDED)) {
            byte[] pdf = PdfInvoiceRenderer.builder().xmlWriter(CII::write).profile(p).build()
                    .render(TestInvoices.standard(4), Locale.FRENCH).content();
            // The XML of each profile is the einvoice module's to validate (Mustang compiles one schematron per
            // profile, a minute each); here: a valid PDF/A carrying it, with the profile's XMP level.
            assertThat(PdfAValidation.failures(pdf)).isEmpty();
            try (PDDocument d = PdfPages.load(pdf)) {
                String xmp = new String(d.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
                assertThat(xmp).contains("<fx:ConformanceLevel>" + p.xmpConformanceLevel() + "</fx:ConformanceLevel>");
            }
        }
    }

    @Test
    void mustangRejectsAPdfWhoseXmlWasTamperedWith() throws Exception {
        byte[] pdf = RENDERER.render(TestInvoices.standard(3), Locale.FRENCH).content();
        // Replace the embedded XML by one whose grand total no longer matches its lines (BR-CO-15).
        byte[] xml = embeddedXml(pdf);
        String tampered = new String(xml, StandardCharsets.UTF_8).replaceFirst("<ram:GrandTotalAmount>([0-9.]+)</ram:GrandTotalAmount>",
                "<ram:GrandTotalAmount>1.00</ram:GrandTotalAmount>");
        assertThat(tampered).isNotEqualTo(new String(xml, StandardCharsets.UTF_8));
        try (PDDocument d = PdfPages.load(pdf)) {
            PDComplexFileSpecification spec = d.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get("factur-x.xml");
            org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile file =
                    new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(d,
                            new ByteArrayInputStream(tampered.getBytes(StandardCharsets.UTF_8)));
            file.setSubtype("text/xml");
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.save(out);
            assertThat(mustangErrors(out.toByteArray())).isNotEmpty();
        }
    }

    @Test
    void streamsAreDeflatedExceptTheMetadataAndTheOutputIntentIsSrgb() throws Exception {
        byte[] pdf = RENDERER.render(TestInvoices.standard(3), Locale.FRENCH).content();
        try (PDDocument d = PdfPages.load(pdf)) {
            for (org.apache.pdfbox.pdmodel.PDPage page : d.getPages()) {
                java.util.Iterator<org.apache.pdfbox.pdmodel.common.PDStream> contents = page.getContentStreams();
                assertThat(contents.hasNext()).isTrue();
                contents.forEachRemaining(c -> assertThat(c.getCOSObject().getFilters()).isEqualTo(COSName.FLATE_DECODE));
                for (COSName name : page.getResources().getXObjectNames()) {
                    assertThat(page.getResources().getXObject(name).getCOSObject().getFilters()).as("the QR code's form")
                            .isEqualTo(COSName.FLATE_DECODE);
                }
            }
            PDComplexFileSpecification spec = d.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get("factur-x.xml");
            assertThat(spec.getEmbeddedFile().getCOSObject().getFilters()).isEqualTo(COSName.FLATE_DECODE);
            assertThat(d.getDocumentCatalog().getMetadata().getCOSObject().getFilters()).as("PDF/A: metadata unfiltered").isNull();
            List<org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent> intents = d.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            assertThat(intents.get(0).getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
            assertThat(intents.get(0).getCOSObject().getCOSName(COSName.S)).isEqualTo(COSName.GTS_PDFA1);
            assertThat(intents.get(0).getDestOutputIntent().getInt(COSName.N)).isEqualTo(3);
            try (java.io.InputStream profile = intents.get(0).getDestOutputIntent().createInputStream()) {
                assertThat(profile.readAllBytes()).isEqualTo(java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData());
            }
        }
    }

    @Test
    void embeddingFollowsFacturX() throws Exception {
        byte[] pdf = RENDERER.render(TestInvoices.standard(3), Locale.FRENCH).content();
        try (PDDocument d = PdfPages.load(pdf)) {
            PDEmbeddedFilesNameTreeNode files = d.getDocumentCatalog().getNames().getEmbeddedFiles();
            PDComplexFileSpecification spec = files.getNames().get("factur-x.xml");
            assertThat(spec).isNotNull();
            assertThat(spec.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Data");
            assertThat(spec.getEmbeddedFile().getSubtype()).isEqualTo("text/xml");
            COSArray af = (COSArray) d.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.getPDFName("AF"));
            assertThat(af.size()).isEqualTo(1);
            assertThat(af.getObject(0)).isSameAs(spec.getCOSObject());
            assertThat(((COSDictionary) d.getDocumentCatalog().getCOSObject()).getDictionaryObject(COSName.OUTPUT_INTENTS)).isNotNull();
            String xmp = new String(d.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>3</pdfaid:part>").contains("<pdfaid:conformance>B</pdfaid:conformance>")
                    .contains("<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>").contains("<fx:DocumentType>INVOICE</fx:DocumentType>")
                    .contains("<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>").contains("<xmp:CreateDate>2026-11-20T00:00:00Z</xmp:CreateDate>");
            assertThat(d.getDocumentInformation().getCreationDate().toInstant().toString()).isEqualTo("2026-11-20T00:00:00Z");
        }
        assertThat(embeddedXml(pdf)).isEqualTo(CII.write(TestInvoices.standard(3), FacturXProfile.EN16931));
    }

    @Test
    void factorXOutputIsDeterministic() {
        Invoice inv = TestInvoices.finalInvoice();
        assertThat(RENDERER.render(inv, Locale.FRENCH).content()).isEqualTo(RENDERER.render(inv, Locale.FRENCH).content());
    }

    /** What the PDF prints, the XML carries: number, dates, parties, totals and VAT read from both. */
    @Test
    void thePdfPrintsWhatTheXmlCarries() throws Exception {
        for (Invoice inv : corpus()) {
            byte[] pdf = RENDERER.render(inv, Locale.FRENCH).content();
            String text = PdfPages.text(pdf).replaceAll("[ \\t]+", " ");
            Document xml = secureParser().parse(new ByteArrayInputStream(embeddedXml(pdf)));
            XPath x = XPathFactory.newDefaultInstance().newXPath();
            String number = x.evaluate("/*[local-name()='CrossIndustryInvoice']/*[local-name()='ExchangedDocument']/*[local-name()='ID']", xml);
            String issue = x.evaluate("//*[local-name()='ExchangedDocument']/*[local-name()='IssueDateTime']/*", xml).trim();
            String seller = x.evaluate("//*[local-name()='SellerTradeParty']/*[local-name()='Name']", xml);
            String buyer = x.evaluate("//*[local-name()='BuyerTradeParty']/*[local-name()='Name']", xml);
            String sellerVat = x.evaluate("//*[local-name()='SellerTradeParty']/*[local-name()='SpecifiedTaxRegistration']/*[local-name()='ID'][@schemeID='VA']", xml);
            String summation = "//*[local-name()='SpecifiedTradeSettlementHeaderMonetarySummation']/*[local-name()='%s']";
            String net = x.evaluate(summation.formatted("TaxBasisTotalAmount"), xml);
            String vat = x.evaluate(summation.formatted("TaxTotalAmount"), xml);
            String gross = x.evaluate(summation.formatted("GrandTotalAmount"), xml);
            String due = x.evaluate(summation.formatted("DuePayableAmount"), xml);
            String label = number;
            assertThat(text).as(label).contains("N° " + number).contains(seller).contains(buyer).contains(sellerVat);
            assertThat(text).as(label).contains(issue.substring(6, 8) + "/" + issue.substring(4, 6) + "/" + issue.substring(0, 4));
            assertThat(text).as(label).contains("Total HT " + euros(net)).contains("Total TVA " + euros(vat))
                    .contains("Total TTC " + euros(gross));
            assertThat(text).as(label).containsAnyOf("Net à payer " + euros(due), "Montant de l'avoir " + euros(due));
            NodeList taxes = (NodeList) x.evaluate("//*[local-name()='ApplicableHeaderTradeSettlement']/*[local-name()='ApplicableTradeTax']",
                    xml, XPathConstants.NODESET);
            assertThat(taxes.getLength()).isPositive();
            for (int i = 0; i < taxes.getLength(); i++) {
                Element t = (Element) taxes.item(i);
                String rate = x.evaluate("*[local-name()='RateApplicablePercent']", t);
                String base = x.evaluate("*[local-name()='BasisAmount']", t);
                String amount = x.evaluate("*[local-name()='CalculatedAmount']", t);
                assertThat(text).as(label + " VAT " + rate).contains(percent(rate) + " " + euros(base) + " " + euros(amount));
            }
        }
    }

    /** An invoice in USD prints its VAT total in EUR (BT-6, BT-111) with the rate, as its XML carries it; both validators pass. */
    @Test
    void aForeignCurrencyInvoicePrintsItsVatInEurosAsTheXmlCarries() throws Exception {
        byte[] pdf = RENDERER.render(TestInvoices.usd(), Locale.FRENCH).content();
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
        assertThat(mustangErrors(pdf)).isEmpty();
        Document xml = secureParser().parse(new ByteArrayInputStream(embeddedXml(pdf)));
        XPath x = XPathFactory.newDefaultInstance().newXPath();
        assertThat(x.evaluate("//*[local-name()='ApplicableHeaderTradeSettlement']/*[local-name()='TaxCurrencyCode']", xml)).isEqualTo("EUR");
        String bt111 = x.evaluate("//*[local-name()='SpecifiedTradeSettlementHeaderMonetarySummation']/*[local-name()='TaxTotalAmount'][@currencyID='EUR']", xml);
        assertThat(bt111).isEqualTo("2296.13");
        String text = PdfPages.text(pdf).replaceAll("[ \\t\u00A0\u202F]+", " ");
        assertThat(text).contains("Total TVA 2 486,60 USD").contains("Total TVA en EUR " + euros(bt111))
                .contains("Taux de change 1 USD = 0,9234 EUR");
        java.awt.image.BufferedImage page = PdfPages.images(pdf, 90).get(0);
        assertThat(PdfPages.inkOutside(page, 90, 10, 10, 10, 8)).as("nothing overflows the page").isZero();
    }

    /** The factur-x.xml embedded in {@code pdf}. */
    static byte[] embeddedXml(byte[] pdf) throws Exception {
        try (PDDocument d = PdfPages.load(pdf)) {
            return d.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get("factur-x.xml").getEmbeddedFile().toByteArray();
        }
    }

    /** The French way of printing an XML amount, written independently of the renderer: "1 234,50 €". */
    static String euros(String xmlAmount) {
        BigDecimal v = new BigDecimal(xmlAmount).setScale(2);
        String s = String.format(Locale.ROOT, "%,.2f", v).replace(',', ' ').replace('.', ',');
        return s + " €";
    }

    static String percent(String xmlRate) {
        return new BigDecimal(xmlRate).stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }
}
