package lu.econnector.template.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.GregorianCalendar;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * The caller's data as {@code data.json}, an associated file of the document (ISO 19005-3
 * 6.8: {@code /AF} in the catalog, {@code /AFRelationship /Data}, a MIME subtype), so that the
 * receiver reads the document's content without OCR.
 */
final class DataAttachment {

    static final String NAME = "data.json";

    private DataAttachment() {
    }

    static void attach(PDDocument doc, byte[] json, GregorianCalendar date) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(json), COSName.FLATE_DECODE);
        file.setSubtype("application/json");
        file.setSize(json.length);
        file.setModDate(date);

        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(NAME);
        spec.setFileUnicode(NAME);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription("Data the document was rendered from");
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");

        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(NAME, spec));
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);

        COSArray associated = new COSArray();
        associated.add(spec);
        catalog.getCOSObject().setItem(COSName.AF, associated);
    }
}
