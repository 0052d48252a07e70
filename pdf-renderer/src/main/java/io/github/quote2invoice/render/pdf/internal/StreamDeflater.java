package io.github.quote2invoice.render.pdf.internal;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * Compresses the streams the layout writes (page contents, forms such as the QR code) and the
 * Factur-X XML with one reused {@link Deflater} at its fastest level, instead of PDFBox's default.
 *
 * <p>Why: deflating was a fifth of a page's CPU time. PDFBox makes a new {@code Deflater} per stream
 * at level 6 (zlib's default); the page's 30 kB of drawing operators alone took 0.6 ms to deflate,
 * against 0.16 ms at level 1 for 20 % more compressed bytes (about 900 bytes a page), and a new
 * deflater sets up its tables each time. The XML attachment, stored uncompressed before, is now
 * deflated too, so the file is smaller than it was. PDFBox still deflates the font subsets itself,
 * at its own level. Used by one document at a time (one per {@link Workbench}).
 */
final class StreamDeflater {
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private final byte[] chunk = new byte[16 * 1024];
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);

    /** {@code data} deflated (zlib format, as PDF's FlateDecode reads it). */
    byte[] deflate(byte[] data) {
        deflater.reset();
        deflater.setInput(data);
        deflater.finish();
        out.reset();
        while (!deflater.finished()) {
            out.write(chunk, 0, deflater.deflate(chunk));
        }
        return out.toByteArray();
    }

    /** Writes {@code data} deflated as the whole content of {@code stream}, with its {@code /Filter}. */
    void write(COSStream stream, byte[] data) throws IOException {
        byte[] deflated = deflate(data);
        try (OutputStream raw = stream.createRawOutputStream()) {
            raw.write(deflated);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    }

    /**
     * Deflates every stream of {@code doc}'s pages that the layout left unfiltered: the pages'
     * contents and the form XObjects of their resources, forms within forms included.
     */
    void compressPages(PDDocument doc) throws IOException {
        Map<COSStream, Boolean> done = new IdentityHashMap<>();
        for (PDPage page : doc.getPages()) {
            Iterator<PDStream> contents = page.getContentStreams();
            while (contents.hasNext()) {
                compress(contents.next().getCOSObject(), done);
            }
            compressForms(page.getCOSObject().getCOSDictionary(COSName.RESOURCES), done);
        }
    }

    private void compressForms(COSDictionary resources, Map<COSStream, Boolean> done) throws IOException {
        COSDictionary xObjects = resources == null ? null : resources.getCOSDictionary(COSName.XOBJECT);
        if (xObjects == null) {
            return;
        }
        for (COSName name : xObjects.keySet()) {
            COSBase value = xObjects.getDictionaryObject(name);
            if (value instanceof COSStream form && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE)) && !done.containsKey(form)) {
                compress(form, done);
                compressForms(form.getCOSDictionary(COSName.RESOURCES), done);
            }
        }
    }

    private void compress(COSStream stream, Map<COSStream, Boolean> done) throws IOException {
        if (done.put(stream, Boolean.TRUE) != null || stream.getFilters() != null) {
            return;
        }
        byte[] data;
        try (InputStream in = stream.createRawInputStream()) {
            data = IOUtils.toByteArray(in);
        }
        write(stream, data);
    }
}
