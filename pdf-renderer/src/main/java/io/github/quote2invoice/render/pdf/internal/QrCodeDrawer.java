package io.github.quote2invoice.render.pdf.internal;

import com.google.zxing.WriterException;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.w3c.dom.Element;

import java.awt.Rectangle;
import java.awt.Shape;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Draws a QR code as vector squares into the page, for an
 * {@code <object type="application/x-qrcode" data-content="..."/>} element. No image is encoded or
 * decoded, nothing is loaded: the content is the element's attribute text.
 *
 * <p>Error correction level M and UTF-8, as the EPC069-12 guidelines ask for the SEPA transfer code;
 * the code fills the element's box, quiet zone included (4 modules on each side).
 *
 * <p>The modules are written as a form XObject whose unit is one module, one {@code re} rectangle
 * with whole-number coordinates per horizontal run of dark modules (stretched down over the rows
 * below with the same run), and the form is scaled into the box: a few kilobytes of short integers
 * instead of a path of float coordinates through the page's drawing code, which cost as much as a
 * fifth of the page's layout.
 */
public final class QrCodeDrawer implements FSObjectDrawer {
    /** The object type templates use. */
    public static final String TYPE = "application/x-qrcode";
    /** Light modules around the code, on each side (ISO/IEC 18004 asks for 4). */
    static final int QUIET_ZONE = 4;

    @Override
    public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height, OutputDevice out,
                                         RenderingContext ctx, int dotsPerPixel) {
        String content = e.getAttribute("data-content");
        if (content.isEmpty()) {
            return null;
        }
        if (!(out instanceof PdfBoxOutputDevice pdf)) {
            throw new IllegalStateException("QR codes are drawn on PDFBox pages only, not on " + out.getClass().getName());
        }
        QrModules code = encode(content);
        int side = code.size + 2 * QUIET_ZONE;
        // The form's intrinsic size, in dots, is one point per module; drawPdfAsImage scales it into the box.
        float intrinsic = side * pdf.getDotsPerPoint();
        int box = (int) Math.min(width, height);
        pdf.drawPdfAsImage(form(pdf.getWriter(), code), new Rectangle((int) x, (int) y, box, box), intrinsic, intrinsic);
        return null;
    }

    /** The modules of {@code content}. */
    static QrModules encode(String content) {
        try {
            return QrModules.encode(content);
        } catch (WriterException ex) {
            throw new IllegalArgumentException("cannot encode a QR code of " + content.length() + " characters", ex);
        }
    }

    /** A form of {@code code}'s dark modules, one unit per module, quiet zone included, origin at the bottom left. */
    private static PDFormXObject form(PDDocument doc, QrModules code) {
        int n = code.size;
        int side = n + 2 * QUIET_ZONE;
        StringBuilder s = new StringBuilder(n * n / 2);
        s.append("0 0 0 rg\n");
        // openTop[start * n + end]: the row where the run of dark modules start..end (inclusive)
        // began to repeat in every row since, or -1. Runs are closed when a row no longer has them.
        int[] openTop = new int[n * n];
        java.util.Arrays.fill(openTop, -1);
        int[] open = new int[n * n];
        int openCount = 0;
        int[] seen = new int[n];
        for (int row = 0; row <= n; row++) {
            int seenCount = 0;
            for (int col = 0; row < n && col < n; ) {
                if (code.dark[row * n + col] == 0) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && code.dark[row * n + col] == 1) {
                    col++;
                }
                int key = start * n + (col - 1);
                seen[seenCount++] = key;
                if (openTop[key] < 0) {
                    openTop[key] = row;
                    open[openCount++] = key;
                }
            }
            int kept = 0;
            for (int k = 0; k < openCount; k++) {
                int key = open[k];
                if (contains(seen, seenCount, key)) {
                    open[kept++] = key;
                    continue;
                }
                int start = key / n;
                int end = key % n + 1;
                int top = openTop[key];
                openTop[key] = -1;
                // PDF's y axis points up: the rectangle's bottom edge is at side - (QUIET_ZONE + row).
                s.append(QUIET_ZONE + start).append(' ').append(side - QUIET_ZONE - row).append(' ')
                        .append(end - start).append(' ').append(row - top).append(" re\n");
            }
            openCount = kept;
        }
        s.append("f\n");
        PDFormXObject form = new PDFormXObject(doc);
        form.setBBox(new PDRectangle(side, side));
        form.setResources(new PDResources());
        // Left unfiltered: StreamDeflater deflates it with the page (PdfAFinisher).
        try (OutputStream os = form.getContentStream().getCOSObject().createRawOutputStream()) {
            os.write(s.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException ex) {
            throw new UncheckedIOException("an in-memory stream failed", ex);
        }
        return form;
    }

    private static boolean contains(int[] keys, int count, int key) {
        for (int i = 0; i < count; i++) {
            if (keys[i] == key) {
                return true;
            }
        }
        return false;
    }
}
