package io.github.quote2invoice.einvoice;

import org.mustangproject.validator.ZUGFeRDValidator;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The independent validators the tests run, each created once per JVM (they take seconds to start):
 * <ul>
 *   <li>Mustang's validator for CII: the Factur-X XSD of the profile and the EN 16931 schematron;</li>
 *   <li>the French CTC rules (BR-FR, FNFE-MPE "Flux 2" schematron 1.3.0) for CII and UBL, and the
 *       French EXTENDED-CTC-FR rules for the EXTENDED profile, from {@code phive-rules-france};</li>
 *   <li>the EN 16931 UBL schematron (CEN 1.3.15) from {@code phive-rules-en16931} and the OASIS
 *       UBL 2.1 XSDs (shipped in Mustang's validator jar) for UBL.</li>
 * </ul>
 */
final class Validators {
    private static final String FR = "external/schematron/ctc/1.3.0/xslt/";
    static final SchematronXslt FRENCH_CII = new SchematronXslt("BR-FR/CII", FR + "20260216_BR-FR-Flux2-Schematron-CII_V1.3.0.xslt");
    static final SchematronXslt FRENCH_UBL = new SchematronXslt("BR-FR/UBL", FR + "20260216_BR-FR-Flux2-Schematron-UBL_V1.3.0.xslt");
    static final SchematronXslt FRENCH_EXTENDED_CII = new SchematronXslt("EXTENDED-CTC-FR/CII", FR + "20260216_EXTENDED-CTC-FR-CII-V1.3.0.xslt");
    static final SchematronXslt EN16931_UBL = new SchematronXslt("EN16931/UBL", "external/schematron/1.3.15/ubl/EN16931-UBL-validation.xslt");
    static final SchematronXslt PEPPOL_UBL = new SchematronXslt("PEPPOL-BIS3/UBL", "external/schematron/openpeppol/2025.11/xslt/PEPPOL-EN16931-UBL.xslt");
    private static final Schema UBL_INVOICE = schema("schema/UBL_21/maindoc/UBL-Invoice-2.1.xsd");
    private static final Schema UBL_CREDIT_NOTE = schema("schema/UBL_21/maindoc/UBL-CreditNote-2.1.xsd");

    private Validators() {
    }

    /** Mustang's findings (errors and warnings; notices dropped) on a CII document. */
    static List<Finding> mustang(byte[] cii) {
        ZUGFeRDValidator v = new ZUGFeRDValidator();
        String report = v.validate(cii, "factur-x.xml");
        List<Finding> out = new ArrayList<>();
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(report.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            for (String sev : new String[] {"error", "warning"}) {
                NodeList nl = doc.getElementsByTagName(sev);
                for (int i = 0; i < nl.getLength(); i++) {
                    Element e = (Element) nl.item(i);
                    out.add(new Finding("Mustang", sev, e.getAttribute("type"), e.getAttribute("location"), e.getTextContent()));
                }
            }
            NodeList summaries = doc.getElementsByTagName("summary");
            for (int i = 0; i < summaries.getLength(); i++) {
                String status = ((Element) summaries.item(i)).getAttribute("status");
                if (!"valid".equals(status) && out.stream().noneMatch(Finding::isError)) {
                    out.add(new Finding("Mustang", "error", "summary", "", "status " + status + ": " + report));
                }
            }
        } catch (Exception e) {
            out.add(new Finding("Mustang", "error", "report", "", "unreadable report: " + e + "\n" + report));
        }
        return out;
    }

    /** Everything we run on a CII document. */
    static List<Finding> cii(byte[] cii) {
        List<Finding> out = new ArrayList<>(mustang(cii));
        out.addAll(FRENCH_CII.validate(cii));
        return out;
    }

    /** Everything we run on a UBL document for the French flows: XSD, EN 16931, BR-FR. */
    static List<Finding> ubl(byte[] ubl, boolean creditNote) {
        List<Finding> out = new ArrayList<>(xsd(creditNote ? UBL_CREDIT_NOTE : UBL_INVOICE, ubl));
        out.addAll(EN16931_UBL.validate(ubl));
        out.addAll(FRENCH_UBL.validate(ubl));
        return out;
    }

    /** Everything we run on a UBL document for the Peppol network: XSD, EN 16931, Peppol BIS Billing 3.0. */
    static List<Finding> peppol(byte[] ubl, boolean creditNote) {
        List<Finding> out = new ArrayList<>(xsd(creditNote ? UBL_CREDIT_NOTE : UBL_INVOICE, ubl));
        out.addAll(EN16931_UBL.validate(ubl));
        out.addAll(PEPPOL_UBL.validate(ubl));
        return out;
    }

    static List<Finding> xsd(Schema schema, byte[] xml) {
        List<Finding> out = new ArrayList<>();
        Validator v = schema.newValidator();
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                out.add(new Finding("UBL-XSD", "warning", "XSD", "line " + e.getLineNumber(), e.getMessage()));
            }

            @Override
            public void error(SAXParseException e) {
                out.add(new Finding("UBL-XSD", "error", "XSD", "line " + e.getLineNumber(), e.getMessage()));
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        try {
            v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            if (out.isEmpty()) {
                out.add(new Finding("UBL-XSD", "error", "XSD", "", e.getMessage()));
            }
        }
        return out;
    }

    private static Schema schema(String resource) {
        try {
            var url = Validators.class.getClassLoader().getResource(resource);
            return SchemaFactory.newDefaultInstance().newSchema(url);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load " + resource, e);
        }
    }
}
