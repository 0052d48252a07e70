package io.github.quote2invoice.render.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a PDF back as a person would: text per page, text in an area, pages as pictures. */
final class PdfPages {
    /** Points per millimetre. */
    static final float MM = 72f / 25.4f;

    private PdfPages() {
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page. */
    static List<String> pageTexts(byte[] pdf) {
        try (PDDocument d = load(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                pages.add(normalize(s.getText(d)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No-break spaces (French thousands and units) as plain spaces, so tests can write "1 234,56 €". */
    static String normalize(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    /** The whole text, pages joined. */
    static String text(byte[] pdf) {
        return String.join("\n", pageTexts(pdf));
    }

    /** The text inside a rectangle of page {@code page} (0-based), in millimetres from the top left. */
    static String textIn(byte[] pdf, int page, float xMm, float yMm, float wMm, float hMm) {
        try (PDDocument d = load(pdf)) {
            PDFTextStripperByArea s = new PDFTextStripperByArea();
            s.addRegion("r", new Rectangle2D.Float(xMm * MM, yMm * MM, wMm * MM, hMm * MM));
            s.extractRegions(d.getPage(page));
            return normalize(s.getTextForRegion("r"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every page as an RGB picture at {@code dpi}. */
    static List<BufferedImage> images(byte[] pdf, float dpi) {
        try (PDDocument d = load(pdf)) {
            PDFRenderer r = new PDFRenderer(d);
            List<BufferedImage> out = new ArrayList<>();
            for (int i = 0; i < d.getNumberOfPages(); i++) {
                out.add(r.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many pixels are not white outside the printable area (margins in millimetres). */
    static int inkOutside(BufferedImage page, float dpi, float leftMm, float topMm, float rightMm, float bottomMm) {
        double px = dpi / 25.4;
        int l = (int) (leftMm * px), t = (int) (topMm * px);
        int r = page.getWidth() - (int) (rightMm * px), b = page.getHeight() - (int) (bottomMm * px);
        int ink = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                boolean inside = x >= l && x < r && y >= t && y < b;
                if (!inside && (page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return ink;
    }
}
