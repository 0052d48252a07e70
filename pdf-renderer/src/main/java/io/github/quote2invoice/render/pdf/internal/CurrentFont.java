package io.github.quote2invoice.render.pdf.internal;

import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;

import java.lang.reflect.Field;

/**
 * The font openhtmltopdf's PDF drawing device is about to draw text in: set just before each
 * string, kept in a private field with no getter. {@link MeasuringTextRenderer} reads it to skip a
 * check the device makes before every string. If a later openhtmltopdf renames the field, the
 * answer is "unknown" and the device draws as it always did ({@code MeasuringTextRendererTest}
 * then fails, to say the saving is gone).
 */
final class CurrentFont {
    private static final Field FONT = PrivateField.find(PdfBoxFastOutputDevice.class, "_font", PdfBoxFSFont.class);

    private CurrentFont() {
    }

    /** The font {@code device} draws text in now, or null when unknown. */
    static PdfBoxFSFont of(OutputDevice device) {
        if (FONT == null || !(device instanceof PdfBoxFastOutputDevice)) {
            return null;
        }
        try {
            return (PdfBoxFSFont) FONT.get(device);
        } catch (IllegalAccessException | RuntimeException e) {
            return null;
        }
    }
}
