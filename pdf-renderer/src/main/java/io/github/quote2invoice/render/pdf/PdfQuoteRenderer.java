package io.github.quote2invoice.render.pdf;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.render.QuoteRenderer;
import io.github.quote2invoice.render.RenderedDocument;
import io.github.quote2invoice.render.pdf.internal.DocumentMeta;
import io.github.quote2invoice.render.pdf.internal.DocumentNames;
import io.github.quote2invoice.render.pdf.internal.FontLibrary;
import io.github.quote2invoice.render.pdf.internal.Labels;
import io.github.quote2invoice.render.pdf.internal.PdfPipeline;
import io.github.quote2invoice.render.pdf.internal.QuoteModel;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders quotes as PDF/A-3b files with an acceptance block ("Bon pour accord", date, place,
 * signature area), through the same templates, fonts and layout engine as the invoices.
 * Thread-safe and deterministic; build one and keep it.
 */
public final class PdfQuoteRenderer implements QuoteRenderer {
    private final PdfPipeline pipeline;
    private final Labels labels = new Labels();
    private final String template;
    private final Optional<String> logo;

    private PdfQuoteRenderer(Builder b) {
        this.pipeline = new PdfPipeline(b.templates::engine, new FontLibrary());
        this.template = b.template;
        this.logo = DocumentNames.logoUri(b.logo);
    }

    /** A builder with the built-in templates and no logo. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@inheritDoc} The file is named after the quote number and revision ({@code D-2026-0042.pdf}, {@code D-2026-0042-r1.pdf}). */
    @Override
    public RenderedDocument render(Quote quote, Locale locale) {
        Checks.required(quote, "quote");
        Checks.required(locale, "locale");
        Map<String, String> l = labels.of(locale);
        Map<String, Object> model = QuoteModel.of(quote, locale, l, logo);
        String name = quote.number() + (quote.revision() > 0 ? "-r" + quote.revision() : "");
        DocumentMeta meta = new DocumentMeta(l.get("quote") + " " + name, quote.seller().name(),
                DocumentMeta.at(Optional.of(quote.issueDate())), DocumentNames.pdfFileName(name),
                (quote.id() + '\n' + quote.contentDigest() + '\n' + DocumentNames.language(locale)).getBytes(StandardCharsets.UTF_8));
        byte[] pdf = pipeline.render(template, model, locale, meta, Optional.empty());
        return new RenderedDocument(pdf, PdfInvoiceRenderer.MEDIA_TYPE, meta.fileName());
    }

    /** Builder. Not thread-safe. */
    public static final class Builder {
        private PdfTemplates templates = PdfTemplates.defaults();
        private String template = "quote.ftl";
        private Optional<byte[]> logo = Optional.empty();

        private Builder() {
        }

        /** Where the templates come from (default: built-in). */
        public Builder templates(PdfTemplates v) {
            templates = Checks.required(v, "templates");
            return this;
        }

        /** The name of the quote template in the template set (default {@code quote.ftl}). */
        public Builder template(String v) {
            template = Checks.required(v, "template");
            return this;
        }

        /** The seller's logo, a PNG or JPEG image. */
        public Builder logo(byte[] image) {
            logo = Optional.of(Checks.required(image, "logo").clone());
            return this;
        }

        /**
         * The renderer. Sets up the template engine and starts a one-off warm-up on a background
         * daemon thread ({@code quote2invoice-pdf-warm-up}), which reads the fonts and the colour
         * profile and lays out a small page, so that the first document of a new JVM comes sooner;
         * the first {@code render} waits for it to end. Keep the renderer: it is thread-safe.
         */
        public PdfQuoteRenderer build() {
            return new PdfQuoteRenderer(this);
        }
    }
}
