package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import lu.econnector.signature.entity.PdfLimits;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfInspectionTest {

    /** The defaults of the configuration (docs/operations.md), which a real document must pass. */
    static final PdfLimits DEFAULTS = new PdfLimits(64L << 20, 500, 50_000, 50, Duration.ofSeconds(20));
    /** Tight limits, so that each crafted PDF stays small and the test fast. */
    static final PdfLimits TIGHT = new PdfLimits(8L << 20, 5, 200, 3, Duration.ofSeconds(5));

    /** 128 MiB of zeros in about 600 KB: sixteen times the tight budget, and quick to make. */
    static final long BOMB = 128L << 20;
    static byte[] zeros;

    @BeforeAll
    static void bomb() {
        zeros = CraftedPdf.deflatedZeros(BOMB);
    }

    @Test
    void aRealFeeNotePassesEvenTheTightLimits() {
        byte[] feeNote = SampleDocuments.feeNote();

        assertThatCode(() -> PdfInspection.inspect(feeNote, TIGHT)).doesNotThrowAnyException();
        assertThatCode(() -> PdfInspection.inspect(feeNote, DEFAULTS)).doesNotThrowAnyException();
    }

    @Test
    void morePagesThanTheLimitAreRefusedNamingTheLimit() throws IOException {
        byte[] sixPages = pages(6);

        assertThatThrownBy(() -> PdfInspection.inspect(sixPages, TIGHT))
                .isInstanceOf(PdfLimitExceededException.class)
                .hasMessage("The PDF has more than 5 pages (PDF_MAX_PAGES).")
                .extracting(e -> ((PdfLimitExceededException) e).status()).isEqualTo(422);
        assertThatCode(() -> PdfInspection.inspect(pages(5), TIGHT)).doesNotThrowAnyException();
    }

    @Test
    void aPageTreeThatUnderstatesItsCountIsCountedPageByPage() {
        CraftedPdf pdf = CraftedPdf.empty()
                .object("<< /Type /Catalog /Pages 2 0 R >>")
                .object("<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R 6 0 R 7 0 R 8 0 R] /Count 1 >>");
        for (int i = 0; i < 6; i++) {
            pdf.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        }

        assertThatThrownBy(() -> PdfInspection.inspect(pdf.bytes(), TIGHT))
                .isInstanceOf(PdfLimitExceededException.class).hasMessageContaining("PDF_MAX_PAGES");
    }

    @Test
    void moreObjectsThanTheLimitAreRefusedNamingTheLimit() {
        CraftedPdf pdf = CraftedPdf.onePage("");
        for (int i = 0; i < 250; i++) {
            pdf.object("(filler " + i + ")");
        }

        assertThatThrownBy(() -> PdfInspection.inspect(pdf.bytes(), TIGHT))
                .isInstanceOf(PdfLimitExceededException.class)
                .hasMessage("The PDF has more than 200 objects (PDF_MAX_OBJECTS).");
    }

    @Test
    void moreRevisionsThanTheLimitAreRefusedNamingTheLimit() {
        CraftedPdf pdf = CraftedPdf.onePage("").update();
        for (int i = 0; i < 3; i++) {
            pdf.object("(update " + i + ")").update();
        }

        assertThatThrownBy(() -> PdfInspection.inspect(pdf.bytes(), TIGHT))
                .isInstanceOf(PdfLimitExceededException.class)
                .hasMessage("The PDF has more than 3 revisions (PDF_MAX_REVISIONS).");
    }

    @Test
    void aFlateBombInAPageIsRefusedWithoutBeingInflated() {
        byte[] bomb = CraftedPdf.onePage("/Contents 4 0 R").stream("/FlateDecode", zeros).bytes();

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
                () -> PdfInspection.inspect(bomb, TIGHT))
                .isInstanceOf(PdfLimitExceededException.class)
                .hasMessage("The PDF's streams decode to more than 8388608 bytes (PDF_MAX_DECODED_BYTES)."));
    }

    @Test
    void aNestedFlateBombIsRefusedThoughItsOuterLayerIsSmall() {
        byte[] twice = CraftedPdf.deflate(zeros);
        byte[] bomb = CraftedPdf.onePage("/Contents 4 0 R").stream("[/FlateDecode /FlateDecode]", twice).bytes();

        assertThat(twice.length).isLessThan(64 * 1024);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
                () -> PdfInspection.inspect(bomb, TIGHT))
                .isInstanceOf(PdfLimitExceededException.class).hasMessageContaining("PDF_MAX_DECODED_BYTES"));
    }

    @Test
    void aCrossReferenceStreamBombIsRefusedBeforePdfBoxLoadsIt() {
        byte[] bomb = CraftedPdf.crossReferenceStream("/FlateDecode",
                entries -> CraftedPdf.deflateFollowedByZeros(entries, BOMB));

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
                () -> PdfInspection.inspect(bomb, TIGHT))
                .isInstanceOf(PdfLimitExceededException.class).hasMessageContaining("PDF_MAX_OBJECTS"));
    }

    @Test
    void aPageTreeLoopIsRefusedNotFollowedForever() {
        CraftedPdf loop = CraftedPdf.empty()
                .object("<< /Type /Catalog /Pages 2 0 R >>")
                .object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
                .object("<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>");

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
                () -> PdfInspection.inspect(loop.bytes(), TIGHT))
                .isInstanceOf(UnreadablePdfException.class));
    }

    @Test
    void aStreamWhoseLengthIsItselfIsRefusedThoughPdfBoxWouldSkipIt() {
        byte[] pdf = CraftedPdf.onePage("/Contents 4 0 R").object("<< /Length 4 0 R >>\nstream\nBT ET\nendstream").bytes();

        assertThatThrownBy(() -> PdfInspection.inspect(pdf, DEFAULTS)).isInstanceOf(UnreadablePdfException.class);
    }

    @Test
    void dictionariesThatReferToEachOtherAreLegalAndReadOnce() {
        byte[] pdf = CraftedPdf.onePage("/Contents 4 0 R /Resources 5 0 R")
                .object("<< /Length 5 >>\nstream\nBT ET\nendstream")
                .object("<< /Self 5 0 R /Next 6 0 R >>").object("<< /Back 5 0 R /Page 3 0 R >>").bytes();

        assertThatCode(() -> PdfInspection.inspect(pdf, DEFAULTS)).doesNotThrowAnyException();
    }

    @Test
    void aPageTreeDeeperThanAnyRealOneIsRefused() {
        CraftedPdf chain = CraftedPdf.empty().object("<< /Type /Catalog /Pages 2 0 R >>");
        for (int node = 2; node < 2 + 40; node++) {
            chain.object("<< /Type /Pages /Kids [" + (node + 1) + " 0 R] /Count 1 >>");
        }
        chain.object("<< /Type /Page /MediaBox [0 0 595 842] >>");

        assertThatThrownBy(() -> PdfInspection.inspect(chain.bytes(), DEFAULTS))
                .isInstanceOf(PdfLimitExceededException.class).hasMessageContaining("deeper than 32 levels");
    }

    @Test
    void aPageTreeNodeThatIsItsOwnKidIsRefusedNotFollowedForever() {
        CraftedPdf loop = CraftedPdf.empty()
                .object("<< /Type /Catalog /Pages 2 0 R >>")
                .object("<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>")
                .object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
                () -> PdfInspection.inspect(loop.bytes(), TIGHT))
                .isInstanceOf(UnreadablePdfException.class));
    }

    private static byte[] pages(int count) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < count; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
