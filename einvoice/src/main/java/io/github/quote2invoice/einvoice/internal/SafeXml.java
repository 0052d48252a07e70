package io.github.quote2invoice.einvoice.internal;

import io.github.quote2invoice.einvoice.EInvoiceException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Parses untrusted e-invoice XML safely: no DTD at all (so no entity expansion and no XXE), no
 * external schema or stylesheet access, no XInclude, JAXP secure processing on, and a size limit
 * checked before parsing.
 */
public final class SafeXml {
    /** The default size limit: 20 MiB, far above any real invoice XML. */
    public static final int DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

    private static final DocumentBuilderFactory FACTORY = factory();

    private SafeXml() {
    }

    private static DocumentBuilderFactory factory() {
        // The JDK's own implementation, looked up once: no service-loader scan per document.
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        try {
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a required security feature", e);
        }
    }

    /**
     * Reads at most {@code maxBytes} from {@code in} and parses them.
     *
     * @throws EInvoiceException {@code EINVOICE_MALFORMED} when larger, unreadable or not well-formed
     */
    public static Document parse(InputStream in, int maxBytes) {
        if (in == null) {
            throw new EInvoiceException(EInvoiceException.MALFORMED, "", "no input");
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + n > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buf, 0, n);
            }
            return parse(out.toByteArray(), maxBytes);
        } catch (IOException e) {
            throw new EInvoiceException(EInvoiceException.MALFORMED, "", "cannot read the XML: " + e.getMessage(), e);
        }
    }

    /**
     * Parses {@code xml}.
     *
     * @throws EInvoiceException {@code EINVOICE_MALFORMED} when larger than {@code maxBytes}, not
     *         well-formed, or declaring a DTD
     */
    public static Document parse(byte[] xml, int maxBytes) {
        if (xml == null || xml.length == 0) {
            throw new EInvoiceException(EInvoiceException.MALFORMED, "", "no XML given");
        }
        if (xml.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try {
            DocumentBuilder b;
            synchronized (FACTORY) {
                b = FACTORY.newDocumentBuilder();
            }
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new EInvoiceException(EInvoiceException.MALFORMED, "", "not a well-formed XML document without DTD: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Validates a reader's size limit.
     *
     * @throws EInvoiceException {@code EINVOICE_UNSUPPORTED} when not positive
     */
    public static int requireLimit(int maxBytes) {
        if (maxBytes < 1) {
            throw new EInvoiceException(EInvoiceException.UNSUPPORTED, "maxBytes", "must be positive, was " + maxBytes);
        }
        return maxBytes;
    }

    private static EInvoiceException tooLarge(int maxBytes) {
        return new EInvoiceException(EInvoiceException.MALFORMED, "", "the XML exceeds the size limit of " + maxBytes + " bytes");
    }
}
