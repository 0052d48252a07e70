package io.github.quote2invoice.einvoice.internal;

import io.github.quote2invoice.einvoice.EInvoiceException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An element whose prefix has no namespace among those given would make a document that is not
 * namespace-well-formed. The StAX-based XmlOut refused it ("NamespaceURI cannot be null",
 * EINVOICE_NOT_EXPORTABLE); the hand-written one must too, rather than return such bytes.
 */
class XmlOutPrefixTest {
    @Test
    void anUndeclaredPrefixIsRefusedWithACode() {
        assertThatThrownBy(() -> new XmlOut(Map.of("p", "urn:p")).start("q", "R").finish())
                .isInstanceOfSatisfying(EInvoiceException.class, e -> assertThat(e.code()).isEqualTo(EInvoiceException.NOT_EXPORTABLE));
    }
}
