package io.github.quote2invoice.einvoice.internal;

import io.github.quote2invoice.einvoice.EInvoiceException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link XmlOut} writes its bytes itself: the JDK's parser (the oracle) must read back every text
 * and attribute exactly, and the layout stays the one the StAX writer gave (pinned below).
 */
class XmlOutTest {
    private static final List<String> TEXTS = List.of("", "plain", "a&b<c>d\"e'f", "line1\r\nline2\rx\r", "tab\there\nnl",
            "é€ ünï ß", "😀 \uD83D\uDE00 𝄞", "]]>", " lead and trail ", "&amp; &#13; <![CDATA[x]]>");

    @Test
    void aParserReadsBackEveryTextAndAttributeAsWritten() throws Exception {
        Map<String, String> ns = new LinkedHashMap<>();
        ns.put("", "urn:default");
        ns.put("p", "urn:p&\"<>");
        XmlOut out = new XmlOut(ns);
        out.start("", "Root");
        for (String text : TEXTS) {
            out.leaf("p", "Leaf", "v", attributeSafe(text), text);
        }
        Document dom = parse(out.finish());
        assertThat(dom.getDocumentElement().getNamespaceURI()).isEqualTo("urn:default");
        NodeList leaves = dom.getElementsByTagNameNS("urn:p&\"<>", "Leaf");
        assertThat(leaves.getLength()).isEqualTo(TEXTS.size());
        for (int i = 0; i < TEXTS.size(); i++) {
            Element leaf = (Element) leaves.item(i);
            assertThat(leaf.getTextContent()).as("text %d", i).isEqualTo(TEXTS.get(i));
            assertThat(leaf.getAttribute("v")).as("attribute %d", i).isEqualTo(attributeSafe(TEXTS.get(i)));
        }
    }

    @Test
    void theLayoutIsTheOneTheStaxWriterGave() {
        XmlOut out = new XmlOut(Map.of("p", "urn:p"));
        out.start("p", "A").attr("x", "1").leaf("p", "B", "é&<>\"\r").start("p", "C").end().start("p", "D");
        out.leaf("p", "E", "k", "a\"b", "t");
        String xml = new String(out.finish(), StandardCharsets.UTF_8);
        assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<p:A xmlns:p=\"urn:p\" x=\"1\">\n"
                + "  <p:B>é&amp;&lt;&gt;\"&#13;</p:B>\n"
                + "  <p:C></p:C>\n"
                + "  <p:D>\n"
                + "    <p:E k=\"a&quot;b\">t</p:E>\n"
                + "  </p:D>\n"
                + "</p:A>\n");
    }

    @Test
    void textXmlCannotCarryIsRefusedWithACode() {
        for (String bad : List.of("a\u0001b", "lone \uD800 surrogate", "\uFFFE", "\uDC00")) {
            XmlOut out = new XmlOut(Map.of("", "urn:x"));
            out.start("", "R");
            assertThatThrownBy(() -> out.text(bad)).isInstanceOfSatisfying(EInvoiceException.class,
                    e -> assertThat(e.code()).isEqualTo(EInvoiceException.NOT_EXPORTABLE));
        }
    }

    // Attribute values get the same guarantees as text: refused with a code, or read back as given.
    @Test
    void anAttributeXmlCannotCarryIsRefusedWithACode() {
        for (String bad : List.of("a\u0001b", "lone \uD800 surrogate", "\uDC00", "\uFFFE")) {
            XmlOut out = new XmlOut(Map.of("", "urn:x"));
            out.start("", "R");
            assertThatThrownBy(() -> out.attr("name", bad)).as("U+%04X", (int) bad.chars().filter(c -> c < 0x20 || c >= 0xD800).findFirst().orElse(0))
                    .isInstanceOfSatisfying(EInvoiceException.class, e -> assertThat(e.code()).isEqualTo(EInvoiceException.NOT_EXPORTABLE));
        }
    }

    @Test
    void anAttributeWithLineBreaksAndTabsReadsBackUnchanged() throws Exception {
        String value = "https://pay.example/x?a=1\r\nb\t2";
        XmlOut out = new XmlOut(Map.of("", "urn:x"));
        out.start("", "R").attr("name", value);
        byte[] xml = out.finish();
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        String read = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement().getAttribute("name");
        assertThat(read).isEqualTo(value);
    }

    /** An element whose prefix has no namespace would make a document that is not namespace-well-formed. */
    @Test
    void anUndeclaredPrefixIsRefusedWithACode() {
        assertThatThrownBy(() -> new XmlOut(Map.of("p", "urn:p")).start("q", "R").finish())
                .isInstanceOfSatisfying(EInvoiceException.class, e -> assertThat(e.code()).isEqualTo(EInvoiceException.NOT_EXPORTABLE));
    }

    /** Attribute values are normalised by parsers (white space to spaces): compare those without it. */
    private static String attributeSafe(String text) {
        return text.replaceAll("[\\r\\n\\t]", "_");
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
