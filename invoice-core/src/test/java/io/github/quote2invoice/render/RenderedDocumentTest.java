package io.github.quote2invoice.render;

import io.github.quote2invoice.error.Quote2InvoiceException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenderedDocumentTest {
    @Test
    void bytesAreCopiedInAndOut() {
        byte[] bytes = {1, 2, 3};
        RenderedDocument d = new RenderedDocument(bytes, "application/pdf", "FA-1.pdf");
        bytes[0] = 9;
        assertThat(d.content()).containsExactly(1, 2, 3);
        d.content()[1] = 9;
        assertThat(d.content()).containsExactly(1, 2, 3);
        assertThat(d.size()).isEqualTo(3);
        assertThat(d).isEqualTo(new RenderedDocument(new byte[] {1, 2, 3}, "application/pdf", "FA-1.pdf"))
                .hasSameHashCodeAs(new RenderedDocument(new byte[] {1, 2, 3}, "application/pdf", "FA-1.pdf"))
                .isNotEqualTo(new RenderedDocument(new byte[] {1, 2, 4}, "application/pdf", "FA-1.pdf"));
        assertThat(d.toString()).contains("FA-1.pdf").contains("3 bytes");
    }

    @Test
    void rejectsEmptyContentAndPaths() {
        assertThatThrownBy(() -> new RenderedDocument(new byte[0], "application/pdf", "a.pdf"))
                .isInstanceOf(Quote2InvoiceException.class).extracting(e -> ((Quote2InvoiceException) e).path()).isEqualTo("content");
        assertThatThrownBy(() -> new RenderedDocument(new byte[] {1}, "application/pdf", "../a.pdf"))
                .isInstanceOf(Quote2InvoiceException.class).extracting(e -> ((Quote2InvoiceException) e).path()).isEqualTo("fileName");
        assertThatThrownBy(() -> new RenderedDocument(null, "application/pdf", "a.pdf")).isInstanceOf(Quote2InvoiceException.class);
    }
}
