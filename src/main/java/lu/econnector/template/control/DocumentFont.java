package lu.econnector.template.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Sans, which PDFBox ships in its jar: metric-compatible with Arial, SIL OFL
 * licensed (embedding allowed), and covering French and German. Embedded as a subset, as
 * PDF/A requires embedded fonts; PDFBox tags the subset from a hash of its glyphs, not at random.
 *
 * <p>Rendering borrows a parsed font ({@link #lease()}) rather than parsing the file per
 * document: parsing it, and PDFBox's Latin glyph substitution (ligatures, looked up by regular
 * expressions for every string drawn), were a quarter of a preview's CPU. A parsed
 * {@link TrueTypeFont} serves one document at a time, the subset being the document's own
 * ({@link PDType0Font}); a few are kept idle for the next documents. Glyph substitution is off:
 * a form field shows each character as its own glyph, which is also what text extraction and a
 * screen reader expect.
 */
public final class DocumentFont {

    private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] TTF = readFont();

    /** Parsed fonts kept between documents: a couple per core is what renders at once. */
    private static final BlockingQueue<TrueTypeFont> IDLE =
            new ArrayBlockingQueue<>(2 * Runtime.getRuntime().availableProcessors());

    private DocumentFont() {
    }

    /** A new font per document, parsed from the file (for the forms built at packaging time). */
    public static PDType0Font load(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, new ByteArrayInputStream(TTF), true);
    }

    /** A parsed font for one document; close the lease once the document is saved. */
    static Lease lease() throws IOException {
        TrueTypeFont idle = IDLE.poll();
        return new Lease(idle != null ? idle : parse());
    }

    private static TrueTypeFont parse() throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(TTF));
        font.setEnableGsub(false);
        return font;
    }

    /** One parsed font, lent to one document; returned to the idle ones (or closed) at close. */
    static final class Lease implements AutoCloseable {

        private final TrueTypeFont font;

        private Lease(TrueTypeFont font) {
            this.font = font;
        }

        /** The font for {@code doc}, to be embedded as the subset of the glyphs that document shows. */
        PDType0Font loadInto(PDDocument doc) throws IOException {
            return PDType0Font.load(doc, font, true);
        }

        @Override
        public void close() throws IOException {
            if (!IDLE.offer(font)) {
                font.close();
            }
        }
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
