package lu.econnector.signature.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import lu.econnector.signature.entity.PdfLimits;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Checks an uploaded PDF against its {@link PdfLimits}, each before the work it bounds: the
 * revisions, the objects and the Flate streams on the raw bytes, then the objects again as PDFBox
 * has read the cross-reference tables, then every stream's decoded size, and the pages last,
 * since walking the page tree parses the objects it goes through.
 */
public final class PdfInspection {

    private static final byte[] STARTXREF = "startxref".getBytes(StandardCharsets.US_ASCII);

    private PdfInspection() {
    }

    /**
     * @throws UnreadablePdfException     when it is not a readable, unencrypted PDF
     * @throws PdfLimitExceededException  when it is beyond one of the limits
     */
    public static void inspect(byte[] pdf, PdfLimits limits) {
        // Each incremental update ends with its own startxref (ISO 32000-1 section 7.5.6).
        int revisions = RawBytes.count(pdf, STARTXREF);
        if (revisions > limits.maxRevisions()) {
            throw new PdfLimitExceededException("The PDF has more than " + limits.maxRevisions()
                    + " revisions (PDF_MAX_REVISIONS).");
        }
        RawObjectCount.check(pdf, limits.maxObjects(), 2 * limits.maxRevisions());
        RawFlateScan.scan(pdf, new DecodedBytesBudget(limits.maxDecodedBytes()));
        try (PDDocument document = load(pdf, limits)) {
            if (document.isEncrypted()) {
                throw new UnreadablePdfException(null);
            }
            int objects = document.getDocument().getXrefTable().size();
            if (objects > limits.maxObjects()) {
                throw new PdfLimitExceededException("The PDF has more than " + limits.maxObjects()
                        + " objects (PDF_MAX_OBJECTS).");
            }
            StreamDecoding.decodeAll(document.getDocument(), new DecodedBytesBudget(limits.maxDecodedBytes()));
            PageTreeWalk.count(document, limits.maxPages());
        } catch (IOException e) {
            throw new UnreadablePdfException(e);
        }
    }

    /**
     * PDFBox's stream cache bounded as the decoded streams are. In PDFBox 3 it holds only the
     * streams PDFBox itself writes: decoding goes around it, hence {@link DecodedBytesBudget}.
     */
    private static PDDocument load(byte[] pdf, PdfLimits limits) throws IOException {
        return Loader.loadPDF(new RandomAccessReadBuffer(pdf), null, null, null,
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxDecodedBytes()).streamCache);
    }
}
