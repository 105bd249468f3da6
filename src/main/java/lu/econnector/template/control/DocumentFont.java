package lu.econnector.template.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Sans, which PDFBox ships in its jar: metric-compatible with Arial, SIL OFL
 * licensed (embedding allowed), and covering French and German. Embedded as a subset, as
 * PDF/A requires embedded fonts; PDFBox tags the subset from a hash of its glyphs, not at random.
 */
public final class DocumentFont {

    private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] TTF = readFont();

    private DocumentFont() {
    }

    /** A new font per document: a subset belongs to the document it is written in. */
    public static PDType0Font load(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, new ByteArrayInputStream(TTF), true);
    }

    private static byte[] readFont() {
        try (InputStream in = PDDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox no longer ships " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
