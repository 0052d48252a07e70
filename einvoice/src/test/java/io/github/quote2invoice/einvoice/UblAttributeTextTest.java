package io.github.quote2invoice.einvoice;

import io.github.quote2invoice.einvoice.ubl.UblWriter;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.payment.PaymentInstructions;
import io.github.quote2invoice.payment.PaymentMeans;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The UBL writer puts a card payment link (free text, BT-81's name) in an attribute
 * ({@code cbc:PaymentMeansCode/@name}). A link XML 1.0 cannot carry must be refused with the
 * writer's typed error, as the same characters in any element text are, not written as a
 * malformed document or silently changed.
 */
class UblAttributeTextTest {
    private static Invoice withLink(String link) {
        return Corpus.standardMultiRate().toBuilder()
                .paymentInstructions(new PaymentInstructions(List.of(new PaymentMeans.Card(Optional.of(link))), Optional.empty()))
                .build();
    }

    @Test
    void aControlCharacterInThePaymentLinkIsRefusedWithACode() {
        Invoice invoice = withLink("https://pay.example/i/\u0001FA-1");
        assertThatThrownBy(() -> new UblWriter().write(invoice)).isInstanceOfSatisfying(EInvoiceException.class,
                e -> assertThat(e.code()).isEqualTo(EInvoiceException.NOT_EXPORTABLE));
    }

    @Test
    void aLoneSurrogateInThePaymentLinkIsRefusedWithACode() {
        Invoice invoice = withLink("https://pay.example/i/\uD800FA-1");
        assertThatThrownBy(() -> new UblWriter().write(invoice)).isInstanceOfSatisfying(EInvoiceException.class,
                e -> assertThat(e.code()).isEqualTo(EInvoiceException.NOT_EXPORTABLE));
    }
}
