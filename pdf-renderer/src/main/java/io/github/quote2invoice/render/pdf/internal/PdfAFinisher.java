package io.github.quote2invoice.render.pdf.internal;

import io.github.quote2invoice.einvoice.FacturXProfile;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;

/**
 * Turns the laid-out document into the final PDF/A-3b file: information dictionary and XMP taken
 * from the document (never the clock), the Factur-X attachment, and a file identifier derived from
 * the content, so the same document always gives the same bytes.
 */
final class PdfAFinisher {
    private PdfAFinisher() {
    }

    /**
     * Finishes and saves {@code doc}; the caller closes it.
     *
     * @param language the document's language ({@code lang} of its root element), "" when it has none
     */
    static byte[] finish(PDDocument doc, DocumentMeta meta, Optional<FacturXAttachment> facturX, String language)
            throws IOException {
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

        if (facturX.isPresent()) {
            facturX.get().embedInto(doc, date);
        }

        byte[] id = fileId(meta, facturX);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);

        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        doc.save(out);
        return out.toByteArray();
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
