package io.github.quote2invoice.render.pdf.internal;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

import java.lang.reflect.Field;

/**
 * Keeps openhtmltopdf from writing its own XMP packet, which {@link PdfAFinisher} replaces anyway.
 *
 * <p>In PDF/A mode openhtmltopdf builds an XMP packet with xmpbox as it writes the first page: a
 * new {@code XMPMetadata} per schema (each reads the annotations of every schema class by
 * reflection), a JAXP serialiser, a transformer: about 7 % of a page's time, for a packet thrown
 * away. The renderer decides at that point by its own copy of the conformance level, read nowhere
 * else once it is built: the fonts (embedded only, no base-14 fallback) and the drawing device
 * have already been set up for PDF/A from the builder's. So, for one renderer, that copy is set
 * to "none" after it is built. The field is private: if a later openhtmltopdf renames it, nothing
 * breaks, the packet is written and replaced as before ({@code LayoutXmpTest} then fails, to say
 * the saving is gone). The catalog entries that openhtmltopdf writes along with it are set by
 * {@link PdfAFinisher} either way, so the bytes do not depend on it.
 */
final class LayoutXmp {
    private static final Field CONFORMANCE = PrivateField.find(PdfBoxRenderer.class, "_pdfAConformance", PdfAConformance.class);

    private LayoutXmp() {
    }

    /** Turns the packet off for {@code renderer}; false when this openhtmltopdf does not allow it. */
    static boolean skip(PdfBoxRenderer renderer) {
        if (CONFORMANCE == null) {
            return false;
        }
        try {
            CONFORMANCE.set(renderer, PdfAConformance.NONE);
            return true;
        } catch (IllegalAccessException | RuntimeException e) {
            return false;
        }
    }
}
