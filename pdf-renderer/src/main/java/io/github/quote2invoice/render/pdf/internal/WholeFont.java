package io.github.quote2invoice.render.pdf.internal;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small font embedded whole into every document that uses it, its PDF objects built once.
 *
 * <p>PDFBox embeds a font in full the way it always does (the font program deflated, the
 * ToUnicode map, the widths of every glyph, {@code Identity} CID-to-glyph map), into a scratch
 * document, once; this keeps a frozen copy of those objects, the streams as their encoded bytes.
 * Each document gets fresh PDF objects thawed from that copy and a {@link PDType0Font} read from
 * them, as PDFBox reads a font from a file: nothing is deflated, mapped or measured per document,
 * and nothing is subset when the document is saved. Why: subsetting a font at save was a tenth of
 * a page's time (a new TrueType file, ToUnicode and CID maps built and deflated per document);
 * for a font of a few hundred glyphs, embedding it whole costs about 8 kB more per face than a
 * subset (docs/performance.md measures a smaller variant and what it costs).
 *
 * <p>The font's names carry a subset tag ({@code ABCDEF+}), as PDF requires of a font program
 * holding part of a font's glyphs: the tag is derived from the font file, so it is the same in
 * every document. Thread-safe: the frozen copy is never changed and each call thaws new objects.
 */
final class WholeFont {
    /** The Type 0 font without its ToUnicode map and font program, which {@link #newFont} adds. */
    private final Frozen.Dict type0;
    private final Frozen toUnicode;
    private final Frozen fontFile;
    private final byte[] file;

    /** Embeds {@code ttf} (whose file is {@code file}) into a scratch document and keeps its objects. */
    WholeFont(TrueTypeFont ttf, byte[] file) throws IOException {
        this.file = file.clone();
        try (PDDocument scratch = new PDDocument()) {
            COSDictionary dict = PDType0Font.load(scratch, ttf, false).getCOSObject();
            String tagged = tag(file) + "+" + dict.getNameAsString(COSName.BASE_FONT);
            COSDictionary descriptor = descriptor(dict);
            dict.setName(COSName.BASE_FONT, tagged);
            descendant(dict).setName(COSName.BASE_FONT, tagged);
            descriptor.setName(COSName.FONT_NAME, tagged);
            toUnicode = Frozen.of(dict.getDictionaryObject(COSName.TO_UNICODE));
            fontFile = Frozen.of(descriptor.getDictionaryObject(COSName.FONT_FILE2));
            dict.removeItem(COSName.TO_UNICODE);
            descriptor.removeItem(COSName.FONT_FILE2);
            type0 = (Frozen.Dict) Frozen.of(dict);
        }
    }

    /**
     * A new font for {@code doc}: fresh objects holding the font whole, read as PDFBox reads an
     * embedded font. PDFBox reads two things it does not need here as it makes the font: the
     * ToUnicode map (used to extract text, which rendering never does) is added after, and the font
     * program (which it parses for the glyph map) is first given undeflated, then replaced by the
     * deflated one the document is written with.
     */
    PDType0Font newFont(PDDocument doc) throws IOException {
        COSDictionary dict = (COSDictionary) type0.thaw(doc);
        COSDictionary descriptor = descriptor(dict);
        COSStream plain = new COSStream();
        try (OutputStream out = plain.createRawOutputStream()) {
            out.write(file);
        }
        descriptor.setItem(COSName.FONT_FILE2, plain);
        PDType0Font font = new DocumentFont(dict);
        descriptor.setItem(COSName.FONT_FILE2, fontFile.thaw(doc));
        dict.setItem(COSName.TO_UNICODE, toUnicode.thaw(doc));
        return font;
    }

    /**
     * The font as PDFBox reads it from a file, with the glyph look-up PDFBox only sets up for a font
     * it embeds itself: openhtmltopdf asks it whether the font has a character before it prints
     * one the layout could not measure with the shared widths (a control character, a character a
     * CSS case change made).
     */
    private static final class DocumentFont extends PDType0Font {
        private final CmapLookup lookup;

        DocumentFont(COSDictionary dict) throws IOException {
            super(dict);
            lookup = ((PDCIDFontType2) getDescendantFont()).getTrueTypeFont().getUnicodeCmapLookup(false);
        }

        @Override
        public CmapLookup getCmapLookup() {
            return lookup;
        }
    }

    private static COSDictionary descendant(COSDictionary type0) {
        return (COSDictionary) type0.getCOSArray(COSName.DESCENDANT_FONTS).getObject(0);
    }

    private static COSDictionary descriptor(COSDictionary type0) {
        return descendant(type0).getCOSDictionary(COSName.FONT_DESC);
    }

    /** The subset tag: six capital letters from a hash of the font file, stable across documents and runs. */
    static String tag(byte[] file) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(file);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
        StringBuilder tag = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(hash[i], 26)));
        }
        return tag.toString();
    }

    /** PDF objects as plain values, which documents can copy concurrently. */
    private sealed interface Frozen {
        /** New PDF objects holding this value; streams are created in {@code doc}. */
        COSBase thaw(PDDocument doc) throws IOException;

        static Frozen of(COSBase base) throws IOException {
            if (base instanceof COSObject indirect) {
                return of(indirect.getObject());
            }
            if (base instanceof COSStream stream) {
                byte[] raw;
                try (InputStream in = stream.createRawInputStream()) {
                    raw = in.readAllBytes();
                }
                return new Stream(entries(stream), raw);
            }
            if (base instanceof COSDictionary dict) {
                return new Dict(entries(dict));
            }
            if (base instanceof COSArray array) {
                List<Frozen> items = new ArrayList<>(array.size());
                for (int i = 0; i < array.size(); i++) {
                    items.add(of(array.get(i)));
                }
                return new Array(items);
            }
            if (base instanceof COSString string) {
                return new Text(string.getBytes());
            }
            // COSName, COSInteger, COSFloat, COSBoolean, COSNull: immutable, shared as PDFBox shares them.
            return new Leaf(base);
        }

        private static List<Map.Entry<COSName, Frozen>> entries(COSDictionary dict) throws IOException {
            List<Map.Entry<COSName, Frozen>> entries = new ArrayList<>(dict.size());
            for (Map.Entry<COSName, COSBase> e : dict.entrySet()) {
                entries.add(Map.entry(e.getKey(), of(e.getValue())));
            }
            return List.copyOf(entries);
        }

        private static void fill(COSDictionary target, List<Map.Entry<COSName, Frozen>> entries, PDDocument doc)
                throws IOException {
            for (Map.Entry<COSName, Frozen> e : entries) {
                target.setItem(e.getKey(), e.getValue().thaw(doc));
            }
        }

        record Dict(List<Map.Entry<COSName, Frozen>> entries) implements Frozen {
            @Override
            public COSBase thaw(PDDocument doc) throws IOException {
                COSDictionary dict = new COSDictionary();
                fill(dict, entries, doc);
                return dict;
            }
        }

        record Stream(List<Map.Entry<COSName, Frozen>> entries, byte[] raw) implements Frozen {
            @Override
            public COSBase thaw(PDDocument doc) throws IOException {
                COSStream stream = doc.getDocument().createCOSStream();
                try (OutputStream out = stream.createRawOutputStream()) {
                    out.write(raw);
                }
                // After the bytes: writing them sets /Length, which the entries then give again.
                fill(stream, entries, doc);
                return stream;
            }
        }

        record Array(List<Frozen> items) implements Frozen {
            @Override
            public COSBase thaw(PDDocument doc) throws IOException {
                COSArray array = new COSArray();
                for (Frozen item : items) {
                    array.add(item.thaw(doc));
                }
                return array;
            }
        }

        record Text(byte[] bytes) implements Frozen {
            @Override
            public COSBase thaw(PDDocument doc) {
                return new COSString(bytes);
            }
        }

        record Leaf(COSBase value) implements Frozen {
            @Override
            public COSBase thaw(PDDocument doc) {
                return value;
            }
        }
    }
}
