package io.github.quote2invoice.benchmarks;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import io.github.quote2invoice.einvoice.FacturXProfile;
import io.github.quote2invoice.einvoice.cii.CiiWriter;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.render.pdf.PdfInvoiceRenderer;
import io.github.quote2invoice.render.pdf.PaymentQrPayload;
import io.github.quote2invoice.render.pdf.internal.InvoiceModel;
import io.github.quote2invoice.render.pdf.internal.Labels;
import io.github.quote2invoice.render.pdf.internal.QrCodeDrawer;
import io.github.quote2invoice.render.pdf.internal.TemplateEngine;
import io.github.quote2invoice.tax.VatBreakdown;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.mustangproject.BankDetails;
import org.mustangproject.Item;
import org.mustangproject.Product;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The four ways of making the same complete Factur-X invoice (20 lines: page + CII XML + embedding)
 * that the benchmark compares. Each method returns the PDF's bytes.
 */
public final class Pipelines {
    static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    static final CiiWriter CII = new CiiWriter();

    private Pipelines() {
    }

    /** This library, as a user runs it: one shared renderer. */
    public static PdfInvoiceRenderer library() {
        return PdfInvoiceRenderer.builder().xmlWriter(CII::write).build();
    }

    /** The XHTML the library's default template makes for {@code invoice} (input of the naive pipeline). */
    public static String xhtml(Invoice invoice) {
        TemplateEngine t = new TemplateEngine(List.of(), Long.MAX_VALUE);
        Map<String, String> labels = new Labels().of(Locale.FRENCH);
        return t.process("invoice.ftl", InvoiceModel.of(invoice, Locale.FRENCH, labels, Optional.empty(),
                PaymentQrPayload.EPC_TRANSFER.payload(invoice)), Locale.FRENCH);
    }

    /**
     * openhtmltopdf used naively: a new builder, fonts read and parsed from the classpath, its own
     * XHTML parsing, its own PDF/A XMP (xmpbox), for every document.
     */
    public static byte[] naive(Invoice invoice, String xhtml) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.usePDDocument(doc);
            b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_B);
            b.useColorProfile(SRGB);
            String[][] faces = {{"DejaVuSansCondensed.ttf", "400", "NORMAL"}, {"DejaVuSansCondensed-Bold.ttf", "700", "NORMAL"},
                {"DejaVuSansCondensed-Oblique.ttf", "400", "OBLIQUE"}, {"DejaVuSansCondensed-BoldOblique.ttf", "700", "OBLIQUE"}};
            for (String[] f : faces) {
                b.useFont(() -> Pipelines.class.getResourceAsStream(FONTS + f[0]), "DejaVu Sans Condensed", Integer.valueOf(f[1]),
                        FontStyle.valueOf(f[2]), true);
            }
            DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
            drawers.registerDrawer(QrCodeDrawer.TYPE, new QrCodeDrawer());
            b.useObjectDrawerFactory(drawers);
            b.withHtmlContent(xhtml, null);
            try (PdfBoxRenderer r = b.buildPdfRenderer()) {
                r.layout();
                r.createPDFWithoutClosing();
            }
            FacturXEmbedding.attach(doc, CII.write(invoice, FacturXProfile.EN16931));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Mustang's pipeline: its own XML generation from its invoice model, attached to an existing PDF/A-3 page. */
    public static byte[] mustang(org.mustangproject.Invoice invoice, byte[] pdfA3) throws IOException {
        ZUGFeRDExporterFromA3 ze = new ZUGFeRDExporterFromA3().setProducer("bench").setCreator("bench")
                .setProfile(Profiles.getByName("EN16931")).load(pdfA3);
        ze.setTransaction(invoice);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ze.export(out);
        return out.toByteArray();
    }

    /** The benchmark invoice in Mustang's model. */
    public static org.mustangproject.Invoice mustangInvoice(Invoice inv) {
        TradeParty seller = new TradeParty(inv.seller().name(), inv.seller().address().lines().get(0),
                inv.seller().address().postalCode().orElse(""), inv.seller().address().city(), inv.seller().address().countryCode())
                .addVATID(inv.seller().vatId().orElseThrow().value())
                .addBankDetails(new BankDetails(inv.seller().bankAccount().orElseThrow().iban().value(), "AGRIFRPP"));
        TradeParty buyer = new TradeParty(inv.buyer().name(), inv.buyer().address().lines().get(0),
                inv.buyer().address().postalCode().orElse(""), inv.buyer().address().city(), inv.buyer().address().countryCode())
                .addVATID(inv.buyer().vatId().orElseThrow().value());
        org.mustangproject.Invoice m = new org.mustangproject.Invoice().setNumber(inv.number().orElseThrow())
                .setIssueDate(Date.valueOf(inv.issueDate().orElseThrow())).setDueDate(Date.valueOf(inv.dueDate().orElseThrow()))
                .setDeliveryDate(Date.valueOf(inv.issueDate().orElseThrow())).setSender(seller).setRecipient(buyer)
                .setReferenceNumber("PO-7781").setCurrency("EUR");
        for (InvoiceLine l : inv.lines()) {
            m.addItem(new Item(new Product(l.designation(), "", l.quantity().unit().code(), l.vatRate().percent()), l.unitPrice(),
                    l.quantity().value()));
        }
        return m;
    }

    /** Per-thread parsed fonts for the raw pipeline (a parsed font reads lazily from its buffer). */
    public static final class RawFonts {
        final TrueTypeFont regular;
        final TrueTypeFont bold;

        public RawFonts() {
            regular = parse("DejaVuSansCondensed.ttf");
            bold = parse("DejaVuSansCondensed-Bold.ttf");
        }

        private static TrueTypeFont parse(String file) {
            try (InputStream in = Pipelines.class.getResourceAsStream(FONTS + file)) {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                ttf.setEnableGsub(false);
                return ttf;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Raw PDFBox: the same page drawn with absolute coordinates and cached fonts, PDF/A-3b, XML attached. */
    public static byte[] raw(Invoice inv, RawFonts fonts) throws IOException {
        return raw(inv, fonts, true);
    }

    /** As {@link #raw(Invoice, RawFonts)}; without the XML when {@code attachXml} is false (a page for Mustang). */
    public static byte[] raw(Invoice inv, RawFonts fonts, boolean attachXml) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font regular = PDType0Font.load(doc, fonts.regular, true);
            PDType0Font bold = PDType0Font.load(doc, fonts.bold, true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float mm = 72f / 25.4f;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, bold, 12, 14 * mm, 280 * mm, inv.seller().name());
                text(cs, regular, 8.5f, 14 * mm, 275 * mm, inv.seller().address().lines().get(0));
                text(cs, bold, 18, 160 * mm, 280 * mm, "Facture");
                text(cs, bold, 8.5f, 160 * mm, 272 * mm, "N° " + inv.number().orElseThrow());
                text(cs, bold, 10, 120 * mm, 250 * mm, inv.buyer().name());
                float y = 225 * mm;
                cs.setNonStrokingColor(0.12f, 0.23f, 0.37f);
                cs.addRect(14 * mm, y - 2 * mm, 182 * mm, 6 * mm);
                cs.fill();
                cs.setNonStrokingColor(1f, 1f, 1f);
                text(cs, bold, 7.5f, 16 * mm, y, "Désignation");
                text(cs, bold, 7.5f, 170 * mm, y, "Total HT");
                cs.setNonStrokingColor(0f, 0f, 0f);
                for (InvoiceLine l : inv.lines()) {
                    y -= 7 * mm;
                    text(cs, bold, 8.5f, 16 * mm, y, l.designation());
                    text(cs, regular, 8.5f, 110 * mm, y, l.quantity().value().toPlainString());
                    text(cs, regular, 8.5f, 130 * mm, y, l.unitPrice().toPlainString());
                    text(cs, regular, 8.5f, 150 * mm, y, l.vatRate().percent().toPlainString() + " %");
                    text(cs, regular, 8.5f, 170 * mm, y, l.netAmount().amount().toPlainString() + " €");
                    cs.moveTo(14 * mm, y - 2 * mm);
                    cs.lineTo(196 * mm, y - 2 * mm);
                    cs.stroke();
                }
                y -= 10 * mm;
                for (VatBreakdown b : inv.totals().vatBreakdown()) {
                    text(cs, regular, 8.5f, 16 * mm, y, b.rate().percent() + " %  " + b.taxableAmount().amount() + "  " + b.taxAmount().amount());
                    y -= 5 * mm;
                }
                text(cs, bold, 11, 130 * mm, y, "Net à payer " + inv.totals().amountDue().amount() + " €");
            }
            PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            doc.getDocumentCatalog().addOutputIntent(intent);
            String xmp = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                    + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\""
                    + " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"><pdfaid:part>3</pdfaid:part><pdfaid:conformance>B"
                    + "</pdfaid:conformance></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
            doc.getDocumentCatalog().setMetadata(new PDMetadata(doc, new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8))));
            if (attachXml) {
                FacturXEmbedding.attach(doc, CII.write(inv, FacturXProfile.EN16931));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void text(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
