package io.github.quote2invoice.render;

import io.github.quote2invoice.invoice.Invoice;

import java.util.Locale;

/**
 * Turns an invoice or credit note into a document (port). Implementations are thread-safe and
 * deterministic: the same invoice and locale give the same bytes.
 */
public interface InvoiceRenderer {

    /**
     * Renders {@code invoice} in {@code locale}'s language.
     *
     * @param invoice the invoice, draft or issued, not null
     * @param locale the language of the labels ({@code fr} or another, which gives English), not null
     * @return the document
     * @throws RenderException when the document cannot be produced
     */
    RenderedDocument render(Invoice invoice, Locale locale);

    /** Renders {@code invoice} in French, the language of the French jurisdiction. */
    default RenderedDocument render(Invoice invoice) {
        return render(invoice, Locale.FRENCH);
    }
}
