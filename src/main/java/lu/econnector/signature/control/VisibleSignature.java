package lu.econnector.signature.control;

import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The optional visible block: the signer's name and the signing time, as text, at the foot of
 * the last page. Drawn with DSS's native PDFBox drawer and its bundled default font, so it
 * needs neither AWT rendering nor a system font.
 */
final class VisibleSignature {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final float MARGIN = 40;
    private static final float WIDTH = 190;
    private static final float HEIGHT = 40;
    private static final float GAP = 8;

    /** DSS's bundled PT Serif, read once: the font is ~200 KB and the same for every block. */
    private static final DSSDocument DEFAULT_FONT = defaultFont();

    private VisibleSignature() {
    }

    /**
     * The blocks fill the foot of the page from the left, then rows above it: the n-th
     * signature of the page gets the n-th slot.
     */
    static SignatureImageParameters block(LastPage page, String signer, Instant signingTime) {
        SignatureImageTextParameters text = new SignatureImageTextParameters();
        text.setText("Signed by " + signer + "\n" + TIME.format(signingTime));
        text.setFont(subsetOfDefaultFont());
        text.setPadding(4);
        text.setTextColor(Color.BLACK);
        text.setBackgroundColor(Color.WHITE);
        SignatureFieldParameters field = new SignatureFieldParameters();
        int perRow = Math.max(1, (int) ((page.width() - 2 * MARGIN + GAP) / (WIDTH + GAP)));
        int column = page.signatures() % perRow;
        int row = page.signatures() / perRow;
        // DSS's coordinates start at the top left of the page.
        field.setPage(page.number());
        field.setOriginX(MARGIN + column * (WIDTH + GAP));
        field.setOriginY(Math.max(0, page.height() - MARGIN - HEIGHT - row * (HEIGHT + GAP)));
        field.setWidth(WIDTH);
        field.setHeight(HEIGHT);
        SignatureImageParameters image = new SignatureImageParameters();
        image.setTextParameters(text);
        image.setFieldParameters(field);
        return image;
    }

    /** Only the glyphs used are embedded: the whole font would add ~100 KB to every signed PDF. */
    private static DSSFileFont subsetOfDefaultFont() {
        DSSFileFont font = new DSSFileFont(DEFAULT_FONT);
        font.setEmbedFontSubset(true);
        return font;
    }

    private static DSSDocument defaultFont() {
        try (InputStream in = DSSFileFont.initializeDefault().getInputStream()) {
            return new InMemoryDocument(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("DSS's default font cannot be read", e);
        }
    }
}
