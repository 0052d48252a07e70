package io.github.quote2invoice.render.pdf.internal;

import io.github.quote2invoice.einvoice.FacturXProfile;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

import java.io.IOException;
import java.util.Calendar;
import java.util.Map;
import java.util.Optional;

/**
 * Attaches the Factur-X XML to a PDF/A-3 document as Factur-X 1.0 requires: an embedded file named
 * {@code factur-x.xml}, MIME type {@code text/xml}, listed in the catalog's {@code /AF} array and in
 * the {@code EmbeddedFiles} name tree, with an {@code AFRelationship}.
 *
 * <p>{@code AFRelationship} is {@code /Data}: Factur-X requires it for MINIMUM and BASIC WL (their
 * XML is not a full invoice) and allows it for the other profiles, where France expects it (the PDF
 * is the invoice, the XML carries its data); {@code /Alternative} is the German ZUGFeRD habit.
 *
 * @param xml the XML bytes, as the CII writer produced them
 * @param profile the profile the XML follows; goes to the XMP metadata
 */
public record FacturXAttachment(byte[] xml, FacturXProfile profile) {
    /** The embedded file's name, fixed by Factur-X. */
    public static final String FILE_NAME = "factur-x.xml";

    /** Validates presence and copies nothing: the bytes are only read. */
    public FacturXAttachment {
        if (xml == null || xml.length == 0 || profile == null) {
            throw new IllegalArgumentException("xml and profile are required");
        }
    }

    /** Adds the file to {@code doc}, dated {@code date} when given, deflated by {@code deflater}. */
    void embedInto(PDDocument doc, Optional<Calendar> date, StreamDeflater deflater) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(doc);
        deflater.write(file.getCOSObject(), xml);
        file.setSubtype("text/xml");
        file.setSize(xml.length);
        date.ifPresent(d -> {
            file.setCreationDate(d);
            file.setModDate(d);
        });

        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(FILE_NAME);
        spec.setFileUnicode(FILE_NAME);
        spec.setFileDescription("Factur-X invoice");
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");

        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(FILE_NAME, spec));
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDDocumentNameDictionary names = catalog.getNames();
        if (names == null) {
            names = new PDDocumentNameDictionary(catalog);
            catalog.setNames(names);
        }
        names.setEmbeddedFiles(tree);

        COSArray af = new COSArray();
        af.add(spec.getCOSObject());
        COSDictionary catalogDict = catalog.getCOSObject();
        catalogDict.setItem(COSName.getPDFName("AF"), af);
    }
}
