package lu.econnector.signature.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;

/**
 * Changes a PDF the way an attacker would change a signed one without touching its signed
 * bytes: an incremental update (ISO 32000-1 section 7.5.6) appended after the signature.
 */
public final class IncrementalUpdate {

    private IncrementalUpdate() {
    }

    /** @return the PDF followed by an update that gives it another title */
    public static byte[] retitled(byte[] pdf, String title) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** @return the PDF followed by an update that turns its first page upside down */
    public static byte[] pageRotated(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            page.setRotation(180);
            page.getCOSObject().setNeedToBeUpdated(true);
            return saved(document);
        }
    }

    /** @return the PDF followed by an update that adds a text note on its first page */
    public static byte[] annotated(byte[] pdf, String note) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            PDAnnotationText text = new PDAnnotationText();
            text.setContents(note);
            text.setRectangle(new PDRectangle(100, 100, 20, 20));
            page.getAnnotations().add(text);
            page.getCOSObject().setNeedToBeUpdated(true);
            COSBase annots = page.getCOSObject().getDictionaryObject(COSName.ANNOTS);
            if (annots instanceof COSArray array) {
                array.setNeedToBeUpdated(true);
            }
            text.getCOSObject().setNeedToBeUpdated(true);
            return saved(document);
        }
    }

    /**
     * @return the PDF followed by an update that adds a /DSS with one certificate stream, as an
     *         LT extension does, and also, when {@code alsoRetitle}, gives the document another title
     */
    public static byte[] withValidationData(byte[] pdf, byte[] certificate, boolean alsoRetitle) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(certificate);
            }
            COSDictionary dss = new COSDictionary();
            COSArray certs = new COSArray();
            certs.add(stream);
            dss.setItem(COSName.getPDFName("Certs"), certs);
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            catalog.setItem(COSName.getPDFName("DSS"), dss);
            dss.setDirect(false);
            catalog.setNeedToBeUpdated(true);
            if (alsoRetitle) {
                PDDocumentInformation info = document.getDocumentInformation();
                info.setTitle("Paid in full");
                info.getCOSObject().setNeedToBeUpdated(true);
            }
            return saved(document);
        }
    }

    private static byte[] saved(PDDocument document) throws IOException {
        document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.saveIncremental(out);
        return out.toByteArray();
    }
}
