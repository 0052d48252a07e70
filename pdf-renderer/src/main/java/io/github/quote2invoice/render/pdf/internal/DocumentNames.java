package io.github.quote2invoice.render.pdf.internal;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;

import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** Small pure helpers of both renderers: file names and the inline logo URI. */
public final class DocumentNames {
    private DocumentNames() {
    }

    /** {@code base} with anything but letters, digits, dot, dash and underscore replaced by "_", plus ".pdf". */
    public static String pdfFileName(String base) {
        return base.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    }

    /**
     * The logo as an inline {@code data:} URI, the only kind of image a document may show.
     *
     * @throws InvalidValueException when the bytes are not a PNG or JPEG image
     */
    public static Optional<String> logoUri(Optional<byte[]> image) {
        return image.map(bytes -> "data:" + imageType(bytes) + ";base64," + Base64.getEncoder().encodeToString(bytes));
    }

    private static String imageType(byte[] b) {
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            return "image/jpeg";
        }
        throw new InvalidValueException(ErrorCodes.INVALID_FORMAT, "logo", "must be a PNG or JPEG image");
    }

    /** "fr" or "en": the two languages of the default templates. */
    public static String language(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? "fr" : "en";
    }
}
