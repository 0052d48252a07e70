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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The fonts every document embeds: DejaVu Sans Condensed (Bitstream Vera licence, shipped by
 * {@code net.sf.jasperreports:jasperreports-fonts}), regular, bold, oblique and bold oblique.
 *
 * <p>Each face exists in three {@linkplain Form forms}, each holding every glyph of the characters
 * it covers, with the same glyphs, widths and metrics for those characters as the full font, so a
 * document lays out and prints the same with any form that covers its text ({@link #formFor}):
 * <ul>
 *   <li>the <em>common</em> form: the characters of Western European text (the Windows-1252
 *       repertoire and the spaces of French numbers; about 230 glyphs), embedded whole in every
 *       document that uses it, its PDF objects built once ({@link WholeFont}): no subsetting per
 *       document, for about 8 kB more per face than a subset;</li>
 *   <li>the <em>core</em> form: the characters of languages written in Latin letters and the usual
 *       punctuation, currency and number signs (about 830 of DejaVu's 6,000 glyphs), subset into
 *       each document;</li>
 *   <li>the full font, subset into each document, for any other text.</li>
 * </ul>
 * The common and core forms are cut from the fonts with FontBox's subsetter and shipped with this
 * module under the fonts' licence ({@code FontFormsTest} cuts them again and fails if they differ).
 * Why: PDFBox does work in proportion to a font's glyph count for every document that embeds it (a
 * width table of every glyph when the font is loaded, maps as large when it is subset at save), and
 * subsetting itself was a tenth of a page's time.
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
    /**
     * The common form's characters: those of Windows-1252, the Western European repertoire (Basic
     * Latin, Latin-1, Œ œ Š š Ž ž Ÿ ƒ, the dashes, quotes, bullet, ellipsis, daggers and angle quotes
     * of typography, the per mille, euro and trade mark signs), with the control characters (which
     * no form has), the thin, narrow no-break and figure spaces French numbers are written with, the
     * non-breaking hyphen, the minus sign and the replacement character.
     */
    static final int[][] COMMON_RANGES = {
        {0x0000, 0x007E}, {0x00A0, 0x00FF}, {0x0152, 0x0153}, {0x0160, 0x0161}, {0x0178, 0x0178}, {0x017D, 0x017E},
        {0x0192, 0x0192}, {0x02C6, 0x02C6}, {0x02DC, 0x02DC}, {0x2007, 0x2007}, {0x2009, 0x2009}, {0x2011, 0x2011},
        {0x2013, 0x2014}, {0x2018, 0x201A}, {0x201C, 0x201E}, {0x2020, 0x2022}, {0x2026, 0x2026}, {0x202F, 0x2030},
        {0x2039, 0x203A}, {0x20AC, 0x20AC}, {0x2122, 0x2122}, {0x2212, 0x2212}, {0xFFFD, 0xFFFD},
    };
    /**
     * The tables of the common form, which is embedded as it is: what drawing and PDFBox's font
     * descriptor need (the same tables as the full font's, so the same metrics) and the hinting
     * programs; not the kerning, positioning and substitution tables, which neither openhtmltopdf
     * nor PDFBox uses here and which would be most of each file.
     */
    static final List<String> COMMON_TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap", "cvt ",
            "fpgm", "prep", "gasp", "OS/2", "post", "name");
    /** Where the common and core forms are, as {@code FontFormsTest} cuts them from the full fonts. */
    static final String FORMS_BASE = "/io/github/quote2invoice/render/pdf/fonts/";

    /** The forms of a face, from the smallest. */
    enum Form {
        /** Western European text, embedded whole ({@link WholeFont}). */
        COMMON,
        /** Latin-script text, subset per document. */
        CORE,
        /** Anything else: the full font, subset per document. */
        FULL
    }

    private final byte[][] files = new byte[FACES.length][];
    private final byte[][] cores = new byte[FACES.length][];
    private static final Form[] FORMS = Form.values();
    /**
     * {@link #formOf} per character, learnt on first sight and shared: 0 when not yet, else the
     * form's ordinal + 1 (threads racing on a character write the same value). Case-mapping every
     * occurrence of every accented letter again was most of the scan's time.
     */
    private static final byte[] FORM_OF = new byte[Character.MAX_VALUE + 1];

    private final AtomicReferenceArray<WholeFont> commons = new AtomicReferenceArray<>(FACES.length);
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
     * The smallest form that has every character {@code xhtml} can print: its characters, and those
     * its numeric character references stand for ({@code &#39;} is how the templates write an
     * apostrophe), each in upper, lower and title case too (CSS {@code text-transform} and
     * {@code font-variant: small-caps} print those: the capital of µ is a Greek letter). A CSS escape
     * ({@code \}) or Arabic-Indic list numbering, the other ways a document prints characters it does
     * not spell out, make it {@link Form#FULL}: when in doubt, the full fonts.
     */
    static Form formFor(String xhtml) {
        Form form = Form.COMMON;
        int length = xhtml.length();
        for (int i = 0; i < length; i++) {
            int c = xhtml.charAt(i);
            if (c < 0x7F && c != '&' && c != '\\') {
                continue; // Basic Latin, the bulk of any page: in the first common range, and so are its cases
            }
            if (c == '\\') {
                return Form.FULL;
            }
            if (c == '&' && i + 1 < length && xhtml.charAt(i + 1) == '#') {
                int end = xhtml.indexOf(';', i);
                c = end < 0 ? -1 : characterReference(xhtml.substring(i + 2, end));
                if (c < 0 || c > Character.MAX_VALUE) {
                    return Form.FULL;
                }
                i = end;
            }
            Form needed = formOf(c);
            if (needed == Form.FULL) {
                return Form.FULL;
            }
            if (needed == Form.CORE) {
                form = Form.CORE;
            }
        }
        return mentionsArabicIndic(xhtml) ? Form.FULL : form;
    }

    /**
     * The smallest form with {@code c} in every case, as CSS case changes print it (openhtmltopdf
     * upper- and lower-cases whole strings, so a character may become several: U+0149 -> U+02BC N).
     */
    private static Form formOf(int c) {
        byte known = FORM_OF[c];
        if (known != 0) {
            return FORMS[known - 1];
        }
        Form form = formOfAllCases(c);
        FORM_OF[c] = (byte) (form.ordinal() + 1);
        return form;
    }

    private static Form formOfAllCases(int c) {
        String s = String.valueOf((char) c);
        Form form = Form.COMMON;
        for (String variant : new String[] {s, s.toUpperCase(Locale.ROOT), s.toLowerCase(Locale.ROOT),
                String.valueOf(Character.toTitleCase((char) c))}) {
            for (int i = 0; i < variant.length(); i++) {
                char printed = variant.charAt(i);
                if (!in(printed, COMMON_RANGES)) {
                    if (!in(printed, CORE_RANGES)) {
                        return Form.FULL;
                    }
                    form = Form.CORE;
                }
            }
        }
        return form;
    }

    /** Whether {@code xhtml} says {@code arabic-indic} in any case (CSS keywords ignore case), looked for at each hyphen. */
    private static boolean mentionsArabicIndic(String xhtml) {
        String keyword = "arabic-indic";
        int dashAt = keyword.indexOf('-');
        for (int dash = xhtml.indexOf('-', dashAt); dash >= 0; dash = xhtml.indexOf('-', dash + 1)) {
            if (xhtml.regionMatches(true, dash - dashAt, keyword, 0, keyword.length())) {
                return true;
            }
        }
        return false;
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

    private static boolean in(int c, int[][] ranges) {
        for (int[] range : ranges) {
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
                cores[i] = read(FORMS_BASE + formFileName(i, Form.CORE));
            }
            return cores[i];
        }
    }

    /** The common form of face {@code i}, built on first use and kept; read without a lock once built (every document asks). */
    private WholeFont common(int i) throws IOException {
        WholeFont built = commons.get(i);
        if (built != null) {
            return built;
        }
        synchronized (commons) {
            if (commons.get(i) == null) {
                byte[] file = read(FORMS_BASE + formFileName(i, Form.COMMON));
                commons.set(i, new WholeFont(parse(file), file));
            }
            return commons.get(i);
        }
    }

    /** A new font for {@code doc}: face {@code i}'s common form, embedded whole. */
    PDType0Font commonFont(int i, PDDocument doc) throws IOException {
        return common(i).newFont(doc);
    }

    /** The file name of face {@code i}'s common or core form. */
    static String formFileName(int i, Form form) {
        return FACES[i].file.replace(".ttf", form == Form.COMMON ? "-common.ttf" : "-core.ttf");
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

    /** The four faces in core and full forms, each parsed on first use, GSUB disabled. Used by one document at a time. */
    final class FontSet {
        private final TrueTypeFont[] core = new TrueTypeFont[FACES.length];
        private final TrueTypeFont[] full = new TrueTypeFont[FACES.length];

        private FontSet() {
        }

        /**
         * Registers every face with {@code builder}, in form {@code form}; a face is embedded into
         * {@code doc} when the layout first asks for it, and a common or core form is then measured
         * by {@code text} with the face's shared widths.
         */
        void register(PdfRendererBuilder builder, PDDocument doc, MeasuringTextRenderer text, Form form) {
            for (int i = 0; i < FACES.length; i++) {
                builder.useFont(new LazyFont(doc, this, i, form, text), FAMILY, FACES[i].weight, FACES[i].style, true);
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
        private final Form form;
        private final MeasuringTextRenderer text;
        private PDFont font;

        LazyFont(PDDocument doc, FontSet set, int face, Form form, MeasuringTextRenderer text) {
            super(null);
            this.doc = doc;
            this.set = set;
            this.face = face;
            this.form = form;
            this.text = text;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = form == Form.COMMON ? commonFont(face, doc)
                            : PDType0Font.load(doc, set.font(face, form == Form.CORE), true);
                } catch (IOException e) {
                    throw new RenderException(RenderException.RENDER_FAILED, "fonts", "cannot parse the embedded fonts", e);
                }
                if (form != Form.FULL) {
                    text.register(font, widths[face]);
                }
            }
            return font;
        }
    }
}
