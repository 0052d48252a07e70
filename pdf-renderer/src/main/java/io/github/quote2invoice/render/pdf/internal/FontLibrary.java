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

/**
 * The fonts every document embeds: DejaVu Sans Condensed (Bitstream Vera licence, shipped by
 * {@code net.sf.jasperreports:jasperreports-fonts}), regular, bold, oblique and bold oblique.
 *
 * <p>Each face exists in two forms. The <em>core</em> form holds the characters of languages
 * written in Latin letters and the usual punctuation, currency and number signs (about 830 of
 * DejaVu's 6,000 glyphs), cut from the fonts with FontBox's subsetter and shipped with this module
 * under the fonts' licence ({@code FontLibraryTest} cuts them again and fails if they differ). A document
 * whose text stays within those characters ({@link #coreCovers}) is laid out with the core forms,
 * any other with the full fonts. Why: PDFBox does work in proportion to a font's glyph count for
 * every document that embeds it (a width table of every glyph when the font is loaded, maps as
 * large when it is subset at save), which made loading the fonts a sixth of a page's time. For
 * the characters of the core form, both forms have the same glyphs, widths and metrics, so a
 * document lays out and prints the same with either; only the embedded subset is built faster.
 *
 * <p>Parsing a TrueType file costs more than laying out a page, and PDFBox runs GSUB substitution on
 * every string of a font that has a GSUB table. So each file is read once into memory, each
 * {@link FontSet} parses it once, with GSUB off, and serves many documents. A parsed font reads its
 * tables lazily from one buffer, so a set is used by one document at a time (each {@link Workbench}
 * has one). The glyph widths are learnt once per face and shared by all sets. Thread-safe.
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
    /** How many faces there are. */
    static final int FACE_COUNT = FACES.length;

    /**
     * The core form's characters: Latin (Basic Latin to Latin Extended-B, with the control
     * characters, which no form has), the spacing accents, general punctuation, currency symbols,
     * letterlike symbols and number forms, four arrows, the minus sign, the Latin ligatures and the
     * replacement character. Greek, Cyrillic and the rest print from the full fonts.
     */
    static final int[][] CORE_RANGES = {
        {0x0000, 0x024F}, {0x02C6, 0x02DD}, {0x2000, 0x206F}, {0x20A0, 0x20CF}, {0x2100, 0x215F}, {0x2190, 0x2193},
        {0x2212, 0x2212}, {0xFB00, 0xFB06}, {0xFFFD, 0xFFFD},
    };
    /** Where the core forms are, as {@code FontLibraryTest} cuts them from the full fonts. */
    static final String CORE_BASE = "/io/github/quote2invoice/render/pdf/fonts/";

    private final byte[][] files = new byte[FACES.length][];
    private final byte[][] cores = new byte[FACES.length][];
    private final GlyphWidths[] widths = new GlyphWidths[FACES.length];

    /** A library whose fonts are read (about 600 kB a face) and cut when first needed. */
    public FontLibrary() {
        for (int i = 0; i < FACES.length; i++) {
            widths[i] = new GlyphWidths();
        }
    }

    /** The font file of face {@code i}, read on first use and kept. */
    private byte[] file(int i) {
        synchronized (files) {
            if (files[i] == null) {
                files[i] = read(fullFontPath(i));
            }
            return files[i];
        }
    }

    /**
     * Whether every character {@code xhtml} can print is in the core forms: its characters, and
     * those its numeric character references stand for ({@code &#39;} is how the templates write an
     * apostrophe), are all in the core blocks, and it has no CSS escape ({@code \}) and no
     * Arabic-Indic list numbering, the other ways a document prints characters it does not spell
     * out. When in doubt, the answer is no and the full fonts are used.
     */
    static boolean coreCovers(String xhtml) {
        int length = xhtml.length();
        for (int i = 0; i < length; i++) {
            char c = xhtml.charAt(i);
            if (c < 0x250 && c != '&' && c != '\\') {
                continue; // Latin, the bulk of any page: in the first core range
            }
            if (c == '&' && i + 1 < length && xhtml.charAt(i + 1) == '#') {
                int end = xhtml.indexOf(';', i);
                int referenced = end < 0 ? -1 : characterReference(xhtml.substring(i + 2, end));
                if (referenced < 0 || referenced > Character.MAX_VALUE || !inCore((char) referenced)) {
                    return false;
                }
                i = end;
            } else if (!inCore(c) || c == '\\') {
                return false;
            }
        }
        return !xhtml.contains("arabic-indic");
    }

    /** The code point of {@code 39} or {@code x27}, or -1. */
    private static int characterReference(String digits) {
        try {
            boolean hex = digits.startsWith("x") || digits.startsWith("X");
            return digits.length() > 8 ? -1 : Integer.parseInt(hex ? digits.substring(1) : digits, hex ? 16 : 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean inCore(char c) {
        for (int[] range : CORE_RANGES) {
            if (c >= range[0] && c <= range[1]) {
                return true;
            }
        }
        return false;
    }

    /** A new font set, for one document at a time. */
    FontSet newSet() {
        return new FontSet();
    }

    /** The core form of face {@code i}, read on first use and kept. */
    private byte[] core(int i) {
        synchronized (cores) {
            if (cores[i] == null) {
                cores[i] = read(CORE_BASE + coreFileName(i));
            }
            return cores[i];
        }
    }

    /** The file name of face {@code i}'s core form. */
    static String coreFileName(int i) {
        return FACES[i].file.replace(".ttf", "-core.ttf");
    }

    /** The full font file of face {@code i}, as {@code jasperreports-fonts} ships it. */
    static String fullFontPath(int i) {
        return BASE + FACES[i].file;
    }

    private static byte[] read(String resource) {
        try (InputStream in = FontLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RenderException(RenderException.RENDER_FAILED, "fonts", "font " + resource
                        + " is missing from the classpath (pdf-renderer, net.sf.jasperreports:jasperreports-fonts)", null);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(byte[] file) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(file));
        // Ligatures and contextual forms are not needed for invoices; GSUB processing is the single
        // largest cost of text drawing in PDFBox 3 and its ligatures drop letters from the extracted text.
        ttf.setEnableGsub(false);
        return ttf;
    }

    private record Face(String file, int weight, FontStyle style) {
    }

    /** The four faces in both forms, each parsed on first use, GSUB disabled. Used by one document at a time. */
    final class FontSet {
        private final TrueTypeFont[] core = new TrueTypeFont[FACES.length];
        private final TrueTypeFont[] full = new TrueTypeFont[FACES.length];

        private FontSet() {
        }

        /**
         * Registers every face with {@code builder}, in its core form or in full; a face is embedded
         * (subset) into {@code doc} when the layout first asks for it, and a core form is then
         * measured by {@code text} with the face's shared widths.
         */
        void register(PdfRendererBuilder builder, PDDocument doc, MeasuringTextRenderer text, boolean coreForm) {
            for (int i = 0; i < FACES.length; i++) {
                builder.useFont(new LazyFont(doc, this, i, coreForm, text), FAMILY, FACES[i].weight, FACES[i].style, true);
            }
        }

        /** Face {@code i} in its core form or in full, parsed on first use. */
        TrueTypeFont font(int i, boolean coreForm) throws IOException {
            TrueTypeFont[] parsed = coreForm ? core : full;
            if (parsed[i] == null) {
                parsed[i] = parse(coreForm ? core(i) : file(i));
            }
            return parsed[i];
        }
    }

    /** Creates the document's font object only when the layout first asks for the face. */
    private final class LazyFont extends PDFontSupplier {
        private final PDDocument doc;
        private final FontSet set;
        private final int face;
        private final boolean coreForm;
        private final MeasuringTextRenderer text;
        private PDFont font;

        LazyFont(PDDocument doc, FontSet set, int face, boolean coreForm, MeasuringTextRenderer text) {
            super(null);
            this.doc = doc;
            this.set = set;
            this.face = face;
            this.coreForm = coreForm;
            this.text = text;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(doc, set.font(face, coreForm), true);
                } catch (IOException e) {
                    throw new RenderException(RenderException.RENDER_FAILED, "fonts", "cannot parse the embedded fonts", e);
                }
                if (coreForm) {
                    text.register(font, widths[face]);
                }
            }
            return font;
        }
    }
}
