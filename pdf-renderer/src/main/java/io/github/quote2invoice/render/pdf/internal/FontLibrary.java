package io.github.quote2invoice.render.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.github.quote2invoice.render.RenderException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The fonts every document embeds: DejaVu Sans Condensed (Bitstream Vera licence, shipped by
 * {@code net.sf.jasperreports:jasperreports-fonts}), regular, bold, oblique and bold oblique.
 *
 * <p>Why a pool: parsing a TrueType file costs more than laying out a page, and PDFBox runs GSUB
 * substitution on every string of a font that has a GSUB table (most of openhtmltopdf's time). So
 * each font file is read once into memory, and each {@link FontSet} parses it once, with GSUB off,
 * then serves many documents. A parsed font reads its tables lazily from one buffer, so a set is
 * used by one document at a time: {@link #borrow()} and {@link #release} hand sets to threads.
 * Thread-safe.
 */
public final class FontLibrary {
    /** The CSS family name templates use. */
    public static final String FAMILY = "DejaVu Sans Condensed";

    private static final String BASE = "/net/sf/jasperreports/fonts/dejavu/";
    private static final Face[] FACES = {
        new Face("DejaVuSansCondensed.ttf", 400, FontStyle.NORMAL),
        new Face("DejaVuSansCondensed-Bold.ttf", 700, FontStyle.NORMAL),
        new Face("DejaVuSansCondensed-Oblique.ttf", 400, FontStyle.OBLIQUE),
        new Face("DejaVuSansCondensed-BoldOblique.ttf", 700, FontStyle.OBLIQUE),
    };

    private final List<byte[]> files;
    private final ConcurrentLinkedQueue<FontSet> idle = new ConcurrentLinkedQueue<>();

    /** Reads the font files into memory (about 2.5 MB). */
    public FontLibrary() {
        List<byte[]> read = new ArrayList<>(FACES.length);
        for (Face face : FACES) {
            try (InputStream in = FontLibrary.class.getResourceAsStream(BASE + face.file)) {
                if (in == null) {
                    throw new RenderException(RenderException.RENDER_FAILED, "fonts", "font " + face.file
                            + " is missing from the classpath (net.sf.jasperreports:jasperreports-fonts)", null);
                }
                read.add(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files = List.copyOf(read);
    }

    /** A parsed font set for one document; give it back with {@link #release}. */
    public FontSet borrow() {
        FontSet set = idle.poll();
        return set != null ? set : new FontSet(files);
    }

    /** Returns a set after its document was saved or closed. */
    public void release(FontSet set) {
        idle.offer(set);
    }

    private record Face(String file, int weight, FontStyle style) {
    }

    /** The four faces, parsed once, GSUB disabled. Used by one document at a time. */
    public static final class FontSet {
        private final TrueTypeFont[] fonts = new TrueTypeFont[FACES.length];

        private FontSet(List<byte[]> files) {
            try {
                for (int i = 0; i < FACES.length; i++) {
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(files.get(i)));
                    // Ligatures and contextual forms are not needed for invoices; GSUB processing is
                    // the single largest cost of text drawing in PDFBox 3 and its ligatures drop
                    // letters from the extracted text.
                    ttf.setEnableGsub(false);
                    fonts[i] = ttf;
                }
            } catch (IOException e) {
                throw new RenderException(RenderException.RENDER_FAILED, "fonts", "cannot parse the embedded fonts", e);
            }
        }

        /** Registers every face with the builder; each face is embedded (subset) into {@code doc} on first use. */
        public void register(PdfRendererBuilder builder, PDDocument doc) {
            for (int i = 0; i < FACES.length; i++) {
                builder.useFont(new LazyFont(doc, fonts[i]), FAMILY, FACES[i].weight, FACES[i].style, true);
            }
        }
    }

    /** Creates the document's font object only when the layout first asks for the face. */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument doc;
        private final TrueTypeFont ttf;
        private PDFont font;

        LazyFont(PDDocument doc, TrueTypeFont ttf) {
            super(null);
            this.doc = doc;
            this.ttf = ttf;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(doc, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }
}
