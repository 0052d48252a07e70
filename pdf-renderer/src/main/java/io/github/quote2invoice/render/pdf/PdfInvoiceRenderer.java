package io.github.quote2invoice.render.pdf;

import io.github.quote2invoice.einvoice.FacturXProfile;
import io.github.quote2invoice.einvoice.cii.CiiWriter;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.error.Quote2InvoiceException;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.render.InvoiceRenderer;
import io.github.quote2invoice.render.RenderException;
import io.github.quote2invoice.render.RenderedDocument;
import io.github.quote2invoice.render.pdf.internal.DocumentMeta;
import io.github.quote2invoice.render.pdf.internal.DocumentNames;
import io.github.quote2invoice.render.pdf.internal.FacturXAttachment;
import io.github.quote2invoice.render.pdf.internal.FontLibrary;
import io.github.quote2invoice.render.pdf.internal.InvoiceModel;
import io.github.quote2invoice.render.pdf.internal.Labels;
import io.github.quote2invoice.render.pdf.internal.PdfPipeline;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders invoices and credit notes as Factur-X PDF/A-3b files: a Freemarker template laid out by
 * openhtmltopdf on PDFBox, fonts embedded, sRGB output intent, the CII XML embedded as
 * {@code factur-x.xml} with the Factur-X XMP metadata.
 *
 * <p>Build one and keep it: it holds the parsed templates, fonts and colour profile, and is
 * thread-safe. Output is deterministic: dates and the file identifier come from the invoice.
 *
 * <pre>{@code
 * InvoiceRenderer renderer = PdfInvoiceRenderer.builder().build();   // embeds einvoice's CiiWriter output
 * RenderedDocument pdf = renderer.render(invoice, Locale.FRENCH);
 * }</pre>
 */
public final class PdfInvoiceRenderer implements InvoiceRenderer {
    /** The media type of what this renderer produces. */
    public static final String MEDIA_TYPE = "application/pdf";

    private final PdfPipeline pipeline;
    private final Labels labels = new Labels();
    private final String template;
    private final Optional<FacturXProfile> profile;
    private final FacturXXmlWriter xmlWriter;
    private final PaymentQrPayload qr;
    private final Optional<String> logo;

    private PdfInvoiceRenderer(Builder b) {
        this.pipeline = new PdfPipeline(b.templates::engine, new FontLibrary());
        this.template = b.template;
        this.profile = b.profile;
        this.xmlWriter = b.xmlWriter;
        this.qr = b.qr;
        this.logo = DocumentNames.logoUri(b.logo);
    }

    /** A builder with the defaults: built-in templates, EN 16931 profile, EPC QR code for transfers, no logo. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@inheritDoc}
     *
     * <p>The file is named after the invoice number ({@code FA-2026-000042.pdf}), or its id for a draft.
     */
    @Override
    public RenderedDocument render(Invoice invoice, Locale locale) {
        Checks.required(invoice, "invoice");
        Checks.required(locale, "locale");
        Optional<FacturXAttachment> attachment = profile.map(p -> new FacturXAttachment(writeXml(invoice, p), p));
        Map<String, String> l = labels.of(locale);
        Map<String, Object> model = InvoiceModel.of(invoice, locale, l, logo, qr.payload(invoice));
        String name = invoice.number().orElse(invoice.id());
        String title = l.get("kind." + invoice.kind().name()) + " " + invoice.number().orElse(l.get("draft"));
        DocumentMeta meta = new DocumentMeta(title, invoice.seller().name(), DocumentMeta.at(invoice.issueDate()),
                DocumentNames.pdfFileName(name),
                (invoice.id() + '\n' + name + '\n' + DocumentNames.language(locale)).getBytes(StandardCharsets.UTF_8));
        byte[] pdf = pipeline.render(template, model, locale, meta, attachment);
        return new RenderedDocument(pdf, MEDIA_TYPE, meta.fileName());
    }

    private byte[] writeXml(Invoice invoice, FacturXProfile p) {
        try {
            return xmlWriter.write(invoice, p);
        } catch (Quote2InvoiceException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RenderException(RenderException.RENDER_FAILED, "xml", "the Factur-X XML could not be written: " + e, e);
        }
    }

    /** Builder; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private PdfTemplates templates = PdfTemplates.defaults();
        private String template = "invoice.ftl";
        private Optional<FacturXProfile> profile = Optional.of(FacturXProfile.EN16931);
        private FacturXXmlWriter xmlWriter = new CiiWriter()::write;
        private PaymentQrPayload qr = PaymentQrPayload.EPC_TRANSFER;
        private Optional<byte[]> logo = Optional.empty();

        private Builder() {
        }

        /** Where the templates come from (default: built-in). */
        public Builder templates(PdfTemplates v) {
            templates = Checks.required(v, "templates");
            return this;
        }

        /** The name of the invoice template in the template set (default {@code invoice.ftl}). */
        public Builder template(String v) {
            template = Checks.required(v, "template");
            return this;
        }

        /** The Factur-X profile of the embedded XML (default EN 16931). */
        public Builder profile(FacturXProfile v) {
            profile = Optional.of(Checks.required(v, "profile"));
            return this;
        }

        /** Produce plain PDF/A-3b files without embedded XML (when the e-invoice travels separately). */
        public Builder withoutFacturX() {
            profile = Optional.empty();
            return this;
        }

        /** The writer of the embedded CII XML (default: the {@code einvoice} module's {@link CiiWriter}). */
        public Builder xmlWriter(FacturXXmlWriter v) {
            xmlWriter = Checks.required(v, "xmlWriter");
            return this;
        }

        /** The payment QR code's text per invoice (default {@link PaymentQrPayload#EPC_TRANSFER}). */
        public Builder paymentQr(PaymentQrPayload v) {
            qr = Checks.required(v, "paymentQr");
            return this;
        }

        /** The seller's logo, a PNG or JPEG image, printed at the top left. */
        public Builder logo(byte[] image) {
            logo = Optional.of(Checks.required(image, "logo").clone());
            return this;
        }

        /**
         * The renderer. Sets up the template engine and starts a one-off warm-up on a background
         * daemon thread ({@code quote2invoice-pdf-warm-up}), which reads the fonts and the colour
         * profile and lays out a small page, so that the first document of a new JVM comes sooner;
         * the first {@code render} waits for it to end. Keep the renderer: it is thread-safe.
         *
         * @throws InvalidValueException when the logo is not an image
         */
        public PdfInvoiceRenderer build() {
            return new PdfInvoiceRenderer(this);
        }
    }
}
