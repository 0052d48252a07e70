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
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

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
    private final FSCacheEx<String, FSCacheValue> metrics = new MapCache();
    private final DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
    private final DocumentBuilderFactory xml;
    private final ConcurrentLinkedQueue<Workbench> idle = new ConcurrentLinkedQueue<>();
    private final CompletableFuture<Void> warmUp;

    /**
     * Builds the shared parts: starts the warm-up (see {@link #startWarmUp()}), which reads the colour
     * profile and the fonts, then sets up the template engine meanwhile.
     */
    public PdfPipeline(Supplier<TemplateEngine> templates, FontLibrary fonts) {
        OpenHtmlToPdfLogging.toSlf4j();
        this.fonts = fonts;
        this.warmUp = startWarmUp();
        drawers.registerDrawer(QrCodeDrawer.TYPE, new QrCodeDrawer());
        // The JDK's own parser, found without a service look-up (newDefaultInstance), locked down.
        xml = DocumentBuilderFactory.newDefaultInstance();
        xml.setNamespaceAware(true);
        xml.setExpandEntityReferences(false);
        xml.setXIncludeAware(false);
        try {
            xml.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            // The layout reads every node several times: build them all while parsing rather than on
            // first access (the JDK parser's default), which costs more over a whole walk.
            xml.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK parser supports these features", e);
        }
        this.templates = templates.get();
    }

    /**
     * Lays out a small document on a background thread, once: a new JVM spends most of its first
     * document loading and initialising classes (openhtmltopdf, PDFBox, the XMP and JAXP code) and
     * cutting the fonts' core forms, and none of that depends on the document. Meanwhile the caller
     * goes on with its own work (the template engine here, then the first document's XML and
     * template); the first document waits for the warm-up to end before its layout, and then uses
     * the warmed-up workbench. The result is discarded: only caches that hold the same values for
     * any document (classes, fonts, glyph widths, metrics) are left behind, so output stays
     * byte-identical. If a thread cannot be started, nothing is warmed up.
     */
    private CompletableFuture<Void> startWarmUp() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Runnable warm = () -> {
            try {
                render(WarmUp.XHTML, "warm-up", WarmUp.META, Optional.of(WarmUp.FACTUR_X), false);
            } catch (RuntimeException e) {
                // Nothing to report: the first real document meets the same problem and reports it.
            } finally {
                done.complete(null);
            }
        };
        try {
            Thread thread = new Thread(warm, WarmUp.THREAD_NAME);
            thread.setDaemon(true);
            thread.start();
        } catch (RuntimeException | OutOfMemoryError noThread) {
            done.complete(null);
        }
        return done;
    }

    /**
     * Renders template {@code template} with {@code model} into a finished PDF/A-3b file.
     *
     * @throws RenderException when a template fails or the layout cannot be written
     */
    public byte[] render(String template, Map<String, Object> model, Locale locale, DocumentMeta meta,
                         Optional<FacturXAttachment> facturX) {
        return render(templates.process(template, model, locale), template, meta, facturX, true);
    }

    private byte[] render(String xhtml, String template, DocumentMeta meta, Optional<FacturXAttachment> facturX,
                          boolean afterWarmUp) {
        if (afterWarmUp) {
            warmUp.join();
        }
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
            // No colour profile given: PdfAFinisher adds the sRGB output intent itself. "Test mode" only
            // keeps openhtmltopdf from deflating the pages' drawing at PDFBox's default level
            // (StreamDeflater deflates it faster; FacturXPdfTest checks the pages come out deflated).
            b.testMode(true);
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
            bench.fonts.register(b, doc, text, FontLibrary.formFor(xhtml));
            b.withW3cDocument(dom, BASE_URI);
            try (PdfBoxRenderer renderer = b.buildPdfRenderer()) {
                renderer.getSharedContext().setTextRenderer(text);
                LayoutXmp.skip(renderer);
                renderer.layout();
                writePages(renderer);
            }
            byte[] pdf = PdfAFinisher.finish(doc, meta, facturX, dom.getDocumentElement().getAttribute("lang"), bench.deflater);
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
     * replaced by {@link XmpPacket} anyway and usually not written at all ({@link LayoutXmp}); should it
     * be, for this call only the context class loader is the platform one: the look-up finds no
     * provider and takes the JDK's built-in implementation at once. Nothing global changes; the
     * previous loader is restored.
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
