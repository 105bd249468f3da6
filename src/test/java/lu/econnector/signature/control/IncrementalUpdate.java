package lu.econnector.signature.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

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
}
