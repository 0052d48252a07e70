package io.github.quote2invoice.render.pdf.internal;

import io.github.quote2invoice.einvoice.FacturXProfile;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.zip.Deflater;

/**
 * Turns the laid-out document into the final PDF/A-3b file: the sRGB output intent, information
 * dictionary and XMP taken from the document (never the clock), the Factur-X attachment, the page
 * streams deflated, and a file identifier derived from the content, so the same document always
 * gives the same bytes.
 */
final class PdfAFinisher {
    /** The output condition of the sRGB profile, as the ICC registry names it. */
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfAFinisher() {
    }

    /**
     * Finishes and saves {@code doc}; the caller closes it.
     *
     * @param language the document's language ({@code lang} of its root element), "" when it has none
     */
    static byte[] finish(PDDocument doc, DocumentMeta meta, Optional<FacturXAttachment> facturX, String language,
                         StreamDeflater deflater) throws IOException {
        Optional<Calendar> date = meta.date().map(GregorianCalendar::from);

        // Replace what the layout engine wrote (it stamps the current time).
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(meta.title());
        info.setAuthor(meta.author());
        info.setProducer(DocumentMeta.PRODUCER);
        info.setCreator(DocumentMeta.PRODUCER);
        date.ifPresent(d -> {
            info.setCreationDate(d);
            info.setModificationDate(d);
        });
        doc.setDocumentInformation(info);

        Optional<FacturXProfile> profile = facturX.map(FacturXAttachment::profile);
        PDMetadata metadata = new PDMetadata(doc);
        RawStreams.write(metadata, XmpPacket.write(meta, profile));
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setMetadata(metadata);
        // Whether or not the layout engine wrote its own packet (LayoutXmp), the catalog says the same:
        // the language when the document gives one, the title in the viewer's window bar, and no
        // MarkInfo, which would claim a tagged (structured) PDF that this is not.
        catalog.getCOSObject().removeItem(COSName.LANG);
        if (!language.isEmpty()) {
            catalog.setLanguage(language);
        }
        PDViewerPreferences viewer = new PDViewerPreferences(new COSDictionary());
        viewer.setDisplayDocTitle(true);
        catalog.setViewerPreferences(viewer);
        catalog.getCOSObject().removeItem(COSName.MARK_INFO);
        catalog.addOutputIntent(srgbIntent(doc));

        if (facturX.isPresent()) {
            facturX.get().embedInto(doc, date, deflater);
        }
        deflater.compressPages(doc);

        byte[] id = fileId(meta, facturX);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);

        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        doc.save(out);
        return out.toByteArray();
    }

    /**
     * The output intent PDF/A requires for device colours: the sRGB profile, deflated once for all
     * documents. openhtmltopdf would parse the profile and deflate it again for each one.
     */
    private static PDOutputIntent srgbIntent(PDDocument doc) throws IOException {
        COSStream profile = doc.getDocument().createCOSStream();
        try (OutputStream raw = profile.createRawOutputStream()) {
            raw.write(Srgb.DEFLATED);
        }
        profile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        profile.setInt(COSName.N, 3);
        PDOutputIntent intent = new PDOutputIntent(new COSDictionary());
        intent.getCOSObject().setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
        intent.getCOSObject().setItem(COSName.S, COSName.GTS_PDFA1);
        intent.getCOSObject().setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        return intent;
    }

    /** The JDK's sRGB profile, deflated when first used (by the warm-up, usually). */
    private static final class Srgb {
        static final byte[] DEFLATED;

        static {
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
            try {
                deflater.setInput(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
                deflater.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
                byte[] chunk = new byte[4096];
                while (!deflater.finished()) {
                    out.write(chunk, 0, deflater.deflate(chunk));
                }
                DEFLATED = out.toByteArray();
            } finally {
                deflater.end();
            }
        }
    }

    /** 16 bytes of SHA-256 over the document's identity and its XML: stable, and distinct per content. */
    private static byte[] fileId(DocumentMeta meta, Optional<FacturXAttachment> facturX) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(meta.identity());
            sha.update(meta.title().getBytes(StandardCharsets.UTF_8));
            facturX.ifPresent(f -> sha.update(f.xml()));
            return Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
