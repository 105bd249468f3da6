package lu.econnector.signature.control;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A vendor's PDF, checked before anything is asked of the KMS: it must parse and must not be
 * encrypted (a signature over an encrypted file would bind what nobody can read). Anything
 * else is the caller's to fix: 422, never 500. The size was bounded on the way in
 * ({@code MAX_REQUEST_BODY_BYTES}).
 */
public final class PdfIntake {

    private PdfIntake() {
    }

    /** @throws UnreadablePdfException when it is not a readable, unencrypted PDF */
    public static byte[] check(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new UnreadablePdfException(null);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted()) {
                throw new UnreadablePdfException(null);
            }
            return pdf;
        } catch (IOException e) {
            throw new UnreadablePdfException(e);
        }
    }
}
