package io.github.quote2invoice.render;

import io.github.quote2invoice.quote.Quote;

import java.util.Locale;

/**
 * Turns a quote into a document the buyer can read and sign (port). Implementations are thread-safe
 * and deterministic: the same quote and locale give the same bytes.
 */
public interface QuoteRenderer {

    /**
     * Renders {@code quote} in {@code locale}'s language.
     *
     * @param quote the quote, not null
     * @param locale the language of the labels ({@code fr} or another, which gives English), not null
     * @return the document
     * @throws RenderException when the document cannot be produced
     */
    RenderedDocument render(Quote quote, Locale locale);

    /** Renders {@code quote} in French. */
    default RenderedDocument render(Quote quote) {
        return render(quote, Locale.FRENCH);
    }
}
