package io.github.quote2invoice.einvoice;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XsltExecutable;

import javax.xml.transform.stream.StreamSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled schematron (as the XSLT its publisher ships) run with Saxon, reporting SVRL failed
 * asserts and successful reports. Compiled once; thread-safe.
 */
final class SchematronXslt {
    private static final Processor SAXON = new Processor(false);

    private final String name;
    private final XsltExecutable xslt;
    private final XPathExecutable findings;

    /**
     * @param name a label for the findings
     * @param resource the XSLT's classpath resource
     */
    SchematronXslt(String name, String resource) {
        this.name = name;
        URL url = SchematronXslt.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("schematron XSLT not on the test classpath: " + resource);
        }
        try (InputStream in = url.openStream()) {
            xslt = SAXON.newXsltCompiler().compile(new StreamSource(in, url.toExternalForm()));
            XPathCompiler xp = SAXON.newXPathCompiler();
            xp.declareNamespace("svrl", "http://purl.oclc.org/dsdl/svrl");
            findings = xp.compile("//svrl:failed-assert | //svrl:successful-report");
        } catch (Exception e) {
            throw new IllegalStateException("cannot compile " + resource, e);
        }
    }

    /** The errors and warnings the schematron reports on {@code xml}. */
    List<Finding> validate(byte[] xml) {
        try {
            XdmDestination out = new XdmDestination();
            var t = xslt.load30();
            t.transform(new StreamSource(new ByteArrayInputStream(xml), "urn:test:document.xml"), out);
            XPathSelector sel = findings.load();
            sel.setContextItem(out.getXdmNode());
            List<Finding> result = new ArrayList<>();
            for (XdmItem item : sel) {
                XdmNode n = (XdmNode) item;
                String flag = attr(n, "flag");
                String severity = "warning".equalsIgnoreCase(flag) || "information".equalsIgnoreCase(flag) ? "warning" : "error";
                if ("information".equalsIgnoreCase(flag)) {
                    continue;
                }
                result.add(new Finding(name, severity, attr(n, "id"), attr(n, "location"), n.getStringValue()));
            }
            return result;
        } catch (SaxonApiException e) {
            return List.of(new Finding(name, "error", "XSLT", "", e.getMessage()));
        }
    }

    private static String attr(XdmNode n, String attr) {
        String v = n.attribute(attr);
        return v == null ? "" : v;
    }
}
