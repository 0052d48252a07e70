package io.github.quote2invoice.einvoice.internal;

import io.github.quote2invoice.einvoice.EInvoiceException;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Attribute values get the same guarantees as text: a value XML 1.0 cannot carry is refused with a
 * typed error (never a malformed file, never a silently changed value), and a value that is written
 * reads back as it was given.
 */
class XmlOutAttributeTest {
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
}
