package io.github.quote2invoice.render.pdf.internal;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import io.github.quote2invoice.render.RenderException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiPredicate;

/**
 * Template, XHTML, layout, PDF/A: the whole way from a data model to the bytes of a PDF/A-3b file.
 *
 * <p>Everything that can be shared is built once and shared: parsed templates, the fonts and their
 * glyph widths, the sRGB colour profile, the font metrics openhtmltopdf computes, one XML parser
 * factory; a pool of {@link Workbench}es holds what one document at a time may use (parsed fonts,
 * an XHTML parser, parsed style sheets). Only the layout and the PDF objects are made per
 * document. Thread-safe.
 *
 * <p>Security: a document may only show images given inline as {@code data:image/...} URIs (the
 * logo, built by the renderer). Every other URI, whether {@code file:}, {@code http:}, {@code jar:}
 * or relative, is refused before it is resolved, and the XHTML may not declare a DOCTYPE, so no
 * external entity is ever read. Document data reaches the XHTML through auto-escaping only.
 */
public final class PdfPipeline {
    /** The base URI of every document: it resolves to nothing. */
    static final String BASE_URI = "about:blank";

    private final TemplateEngine templates;
    private final FontLibrary fonts;
    private final byte[] srgb;
    private final FSCacheEx<String, FSCacheValue> metrics = new MapCache();
    private final DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
    private final DocumentBuilderFactory xml;
    private final ConcurrentLinkedQueue<Workbench> idle = new ConcurrentLinkedQueue<>();

    /** Builds the shared parts; reads the fonts and the colour profile. */
    public PdfPipeline(TemplateEngine templates, FontLibrary fonts) {
        this.templates = templates;
        this.fonts = fonts;
        this.srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        drawers.registerDrawer(QrCodeDrawer.TYPE, new QrCodeDrawer());
        // The JDK's own parser, found without a service look-up (newDefaultInstance), locked down.
        xml = DocumentBuilderFactory.newDefaultInstance();
        xml.setNamespaceAware(true);
        xml.setExpandEntityReferences(false);
        xml.setXIncludeAware(false);
        try {
            xml.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK parser supports these features", e);
        }
    }

    /**
     * Renders template {@code template} with {@code model} into a finished PDF/A-3b file.
     *
     * @throws RenderException when a template fails or the layout cannot be written
     */
    public byte[] render(String template, Map<String, Object> model, Locale locale, DocumentMeta meta,
                         Optional<FacturXAttachment> facturX) {
        String xhtml = templates.process(template, model, locale);
        Workbench bench = borrow();
        boolean reusable = false;
        try (PDDocument doc = new PDDocument()) {
            Document dom;
            try {
                dom = bench.parse(xhtml);
            } catch (SAXException | IOException e) {
                reusable = true; // nothing but the reset parser was touched
                throw new RenderException(RenderException.TEMPLATE_FAILED, template,
                        "template " + template + " did not produce well-formed XHTML: " + e.getMessage(), e);
            }
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.usePDDocument(doc);
            b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_B);
            b.useColorProfile(srgb);
            b.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
            b.useObjectDrawerFactory(drawers);
            b.useNamespaceHandler(bench.styles.handler());
            b.useUriResolver((base, uri) -> inlineImage(uri) ? uri : null);
            BiPredicate<String, ExternalResourceType> onlyInline = (uri, type) -> type == ExternalResourceType.IMAGE_RASTER
                    && inlineImage(uri);
            b.useExternalResourceAccessControl(onlyInline, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            b.useExternalResourceAccessControl(onlyInline, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            b.withProducer(DocumentMeta.PRODUCER);
            MeasuringTextRenderer text = new MeasuringTextRenderer();
            bench.fonts.register(b, doc, text, FontLibrary.coreCovers(xhtml));
            b.withW3cDocument(dom, BASE_URI);
            try (PdfBoxRenderer renderer = b.buildPdfRenderer()) {
                renderer.getSharedContext().setTextRenderer(text);
                renderer.layout();
                writePages(renderer);
            }
            byte[] pdf = PdfAFinisher.finish(doc, meta, facturX);
            reusable = true;
            return pdf;
        } catch (IOException | RuntimeException e) {
            if (e instanceof RenderException r) {
                throw r;
            }
            throw new RenderException(RenderException.RENDER_FAILED, template, "cannot lay out " + meta.fileName() + ": " + e, e);
        } finally {
            // A bench whose document failed during layout may hold a half-read font table: drop it.
            if (reusable) {
                idle.offer(bench);
            }
        }
    }

    private Workbench borrow() {
        Workbench bench = idle.poll();
        return bench != null ? bench : new Workbench(fonts, xml);
    }

    /**
     * Writes the pages. In PDF/A mode openhtmltopdf serialises an XMP packet through xmpbox, whose
     * {@code XmpSerializer} looks up a JAXP {@code TransformerFactory} and {@code DocumentBuilderFactory}
     * through the thread's context class loader on every document: a scan of every jar's service files,
     * which finds Saxon when it is on the classpath (a third of the time per document). That packet is
     * replaced by {@link XmpPacket} anyway, so for this call only the context class loader is the
     * platform one: the look-up finds no provider and takes the JDK's built-in implementation at once.
     * Nothing global changes; the previous loader is restored.
     */
    private static void writePages(PdfBoxRenderer renderer) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            renderer.createPDFWithoutClosing();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static boolean inlineImage(String uri) {
        return uri != null && uri.startsWith("data:image/");
    }

    /** Font metrics shared by all documents, without the default store's logging. */
    private static final class MapCache implements FSCacheEx<String, FSCacheValue> {
        private final Map<String, FSCacheValue> map = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            map.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            FSCacheValue v = map.get(key);
            if (v != null) {
                return v;
            }
            try {
                v = loader.call();
            } catch (Exception e) {
                throw new IllegalStateException("font metrics failed for " + key, e);
            }
            if (v != null) {
                map.put(key, v);
            }
            return v;
        }

        @Override
        public FSCacheValue get(String key) {
            return map.get(key);
        }
    }
}
