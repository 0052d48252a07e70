package io.github.quote2invoice.render.pdf.internal;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import org.w3c.dom.Element;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Draws a QR code as vector squares straight into the page, for an
 * {@code <object type="application/x-qrcode" data-content="..."/>} element. No image is encoded or
 * decoded, nothing is loaded: the content is the element's attribute text.
 *
 * <p>Error correction level M and UTF-8, as the EPC069-12 guidelines ask for the SEPA transfer code;
 * the code fills the element's box, quiet zone included (4 modules on each side).
 */
public final class QrCodeDrawer implements FSObjectDrawer {
    /** The object type templates use. */
    public static final String TYPE = "application/x-qrcode";

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
            EncodeHintType.MARGIN, 4);

    @Override
    public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height, OutputDevice out,
                                         RenderingContext ctx, int dotsPerPixel) {
        String content = e.getAttribute("data-content");
        if (content.isEmpty()) {
            return null;
        }
        BitMatrix m = encode(content);
        double side = Math.min(width, height);
        double module = side / m.getWidth();
        Path2D.Double path = new Path2D.Double();
        // One rectangle per horizontal run of dark modules, stretched down over the rows below that
        // have the same run: a third as many path segments to write into the page.
        int[] openTop = new int[m.getWidth() * m.getWidth()];
        java.util.Arrays.fill(openTop, -1);
        for (int row = 0; row <= m.getHeight(); row++) {
            boolean[] seen = new boolean[openTop.length];
            int col = 0;
            while (row < m.getHeight() && col < m.getWidth()) {
                if (!m.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < m.getWidth() && m.get(col, row)) {
                    col++;
                }
                int key = start * m.getWidth() + (col - 1);
                seen[key] = true;
                if (openTop[key] < 0) {
                    openTop[key] = row;
                }
            }
            for (int key = 0; key < openTop.length; key++) {
                if (openTop[key] >= 0 && !seen[key]) {
                    int start = key / m.getWidth();
                    int end = key % m.getWidth() + 1;
                    path.append(new java.awt.geom.Rectangle2D.Double(x + start * module, y + openTop[key] * module,
                            (end - start) * module, (row - openTop[key]) * module), false);
                    openTop[key] = -1;
                }
            }
        }
        out.setColor(new FSRGBColor(0, 0, 0));
        out.fill(path);
        return null;
    }

    /** The module matrix of {@code content}, quiet zone included. */
    static BitMatrix encode(String content) {
        try {
            // Size 0 lets ZXing use one pixel per module: the matrix is then the module grid.
            return new QRCodeWriter().encode(content, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException ex) {
            throw new IllegalArgumentException("cannot encode a QR code of " + content.length() + " characters", ex);
        }
    }
}
