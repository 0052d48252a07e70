package io.github.quote2invoice.render.pdf.internal;

import org.apache.pdfbox.pdmodel.common.PDStream;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Fills an unfiltered PDF stream with bytes in one block. PDFBox's usual way, a {@code PDStream}
 * made from an {@code InputStream}, passes an unfiltered stream's data through a
 * {@code FilterOutputStream} one byte at a time: for the Factur-X XML, tens of thousands of calls
 * and 3 % of a page's time. Without filters, the raw data is the data.
 */
final class RawStreams {
    private RawStreams() {
    }

    /** Writes {@code bytes} as the whole content of {@code stream}, which has no filter. */
    static void write(PDStream stream, byte[] bytes) throws IOException {
        if (stream.getCOSObject().getFilters() != null) {
            throw new IllegalArgumentException("a filtered stream needs its data encoded");
        }
        try (OutputStream out = stream.getCOSObject().createRawOutputStream()) {
            out.write(bytes);
        }
    }
}
