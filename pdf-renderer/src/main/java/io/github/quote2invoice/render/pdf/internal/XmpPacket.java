package io.github.quote2invoice.render.pdf.internal;

import io.github.quote2invoice.einvoice.FacturXProfile;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Writes the XMP metadata packet of a PDF/A-3b document, with the Factur-X extension schema when an
 * invoice XML is attached.
 *
 * <p>Written as text rather than through xmpbox's {@code XmpSerializer}, which looks up a JAXP
 * {@code TransformerFactory} and {@code DocumentBuilderFactory} on every call (a scan of every jar's
 * service files, about 10 ms a document when Saxon is on the classpath). The values here mirror the
 * document information dictionary, as PDF/A requires.
 */
final class XmpPacket {
    /** The Factur-X XMP namespace (Factur-X 1.0, section "XMP metadata"). */
    static final String FX_NAMESPACE = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#";

    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private XmpPacket() {
    }

    /**
     * The packet's UTF-8 bytes.
     *
     * @param meta title, author, producer and date of the document
     * @param facturX the attached profile, if any
     */
    static byte[] write(DocumentMeta meta, Optional<FacturXProfile> facturX) {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.append("  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("   <pdfaid:part>3</pdfaid:part>\n")
                .append("   <pdfaid:conformance>B</pdfaid:conformance>\n")
                .append("  </rdf:Description>\n");
        x.append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("   <dc:format>application/pdf</dc:format>\n")
                .append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(meta.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n")
                .append("   <dc:creator><rdf:Seq><rdf:li>").append(escape(meta.author())).append("</rdf:li></rdf:Seq></dc:creator>\n")
                .append("  </rdf:Description>\n");
        x.append("  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("   <pdf:Producer>").append(escape(DocumentMeta.PRODUCER)).append("</pdf:Producer>\n")
                .append("  </rdf:Description>\n");
        x.append("  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("   <xmp:CreatorTool>").append(escape(DocumentMeta.PRODUCER)).append("</xmp:CreatorTool>\n");
        meta.date().ifPresent(d -> {
            String iso = XMP_DATE.format(d);
            x.append("   <xmp:CreateDate>").append(iso).append("</xmp:CreateDate>\n")
                    .append("   <xmp:ModifyDate>").append(iso).append("</xmp:ModifyDate>\n")
                    .append("   <xmp:MetadataDate>").append(iso).append("</xmp:MetadataDate>\n");
        });
        x.append("  </rdf:Description>\n");
        facturX.ifPresent(profile -> appendFacturX(x, profile));
        x.append(" </rdf:RDF>\n</x:xmpmeta>\n");
        // Padding lets editors update the packet in place, as the XMP specification recommends.
        for (int i = 0; i < 20; i++) {
            x.append("                                                                                                   \n");
        }
        x.append("<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendFacturX(StringBuilder x, FacturXProfile profile) {
        x.append("  <rdf:Description rdf:about=\"\" xmlns:fx=\"").append(FX_NAMESPACE).append("\">\n")
                .append("   <fx:DocumentType>INVOICE</fx:DocumentType>\n")
                .append("   <fx:DocumentFileName>").append(FacturXAttachment.FILE_NAME).append("</fx:DocumentFileName>\n")
                .append("   <fx:Version>1.0</fx:Version>\n")
                .append("   <fx:ConformanceLevel>").append(escape(profile.xmpConformanceLevel())).append("</fx:ConformanceLevel>\n")
                .append("  </rdf:Description>\n");
        // PDF/A requires every non-standard schema to be described by an extension schema.
        x.append("  <rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .append("   <pdfaExtension:schemas>\n    <rdf:Bag>\n     <rdf:li rdf:parseType=\"Resource\">\n")
                .append("      <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>\n")
                .append("      <pdfaSchema:namespaceURI>").append(FX_NAMESPACE).append("</pdfaSchema:namespaceURI>\n")
                .append("      <pdfaSchema:prefix>fx</pdfaSchema:prefix>\n")
                .append("      <pdfaSchema:property>\n       <rdf:Seq>\n");
        property(x, "DocumentFileName", "The name of the embedded XML document");
        property(x, "DocumentType", "The type of the hybrid document in capital letters, e.g. INVOICE or ORDER");
        property(x, "Version", "The actual version of the standard applying to the embedded XML document");
        property(x, "ConformanceLevel", "The conformance level of the embedded XML document");
        x.append("       </rdf:Seq>\n      </pdfaSchema:property>\n     </rdf:li>\n    </rdf:Bag>\n   </pdfaExtension:schemas>\n")
                .append("  </rdf:Description>\n");
    }

    private static void property(StringBuilder x, String name, String description) {
        x.append("        <rdf:li rdf:parseType=\"Resource\">\n")
                .append("         <pdfaProperty:name>").append(name).append("</pdfaProperty:name>\n")
                .append("         <pdfaProperty:valueType>Text</pdfaProperty:valueType>\n")
                .append("         <pdfaProperty:category>external</pdfaProperty:category>\n")
                .append("         <pdfaProperty:description>").append(description).append("</pdfaProperty:description>\n")
                .append("        </rdf:li>\n");
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters even as references.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
