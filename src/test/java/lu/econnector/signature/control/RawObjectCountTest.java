package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** The objects counted before PDFBox loads a PDF, since loading is where too many cost. */
class RawObjectCountTest {

    static final int ENTRIES = 200_000;

    @Test
    void aCrossReferenceStreamOfManyWrongEntriesIsRefusedBeforePdfBoxLooksThemUp() {
        byte[] pdf = CraftedPdf.crossReferenceStream("/FlateDecode", ENTRIES, entries -> {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(entries);
            byte[] wrongOffset = {1, 0, 0, 0, 9, 0, 0};
            for (int i = 4; i < ENTRIES; i++) {
                all.writeBytes(wrongOffset);
            }
            return CraftedPdf.deflate(all.toByteArray());
        });

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(
                () -> PdfInspection.inspect(pdf, PdfInspectionTest.DEFAULTS))
                .isInstanceOf(PdfLimitExceededException.class)
                .hasMessage("The PDF has more than 50000 objects (PDF_MAX_OBJECTS)."));
    }

    @Test
    void anEscapedTypeNameDoesNotHideACrossReferenceStream() {
        byte[] pdf = CraftedPdf.crossReferenceStream("/FlateDecode", ENTRIES,
                entries -> CraftedPdf.deflateFollowedByZeros(entries, 7L * ENTRIES));
        byte[] escaped = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("/Type /XRef", "/Type /X#52ef").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> RawObjectCount.check(escaped, 50_000, 100)).isInstanceOf(PdfLimitExceededException.class);
    }

    @Test
    void aCrossReferenceStreamNotInFlateIsCountedByItsRawLengthSinceItMayExpand() {
        byte[] hexThenFlate = CraftedPdf.crossReferenceStream("[/ASCIIHexDecode /FlateDecode]", ENTRIES,
                entries -> java.util.HexFormat.of().formatHex(CraftedPdf.deflateFollowedByZeros(entries, 16L << 20))
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> RawObjectCount.check(hexThenFlate, 50_000, 100))
                .isInstanceOf(PdfLimitExceededException.class).hasMessageContaining("PDF_MAX_OBJECTS");
    }

    @Test
    void aPdfWithObjectStreamsAndACrossReferenceStreamIsCountedFairly() throws IOException {
        byte[] compressed;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 5; i++) {
                document.addPage(new PDPage());
            }
            document.save(out, CompressParameters.DEFAULT_COMPRESSION);
            compressed = out.toByteArray();
        }

        assertThatCode(() -> RawObjectCount.check(compressed, 20, 100)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RawObjectCount.check(compressed, 5, 100)).isInstanceOf(PdfLimitExceededException.class);
    }

    @Test
    void moreCrossReferenceStreamsThanRevisionsMayHaveAreRefusedBeforeBeingRead() {
        StringBuilder decoys = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            decoys.append("(/Type /XRef) ");
        }
        byte[] pdf = CraftedPdf.onePage("/Decoys [" + decoys + "]").bytes();

        assertThatThrownBy(() -> RawObjectCount.check(pdf, 50_000, 10)).isInstanceOf(PdfLimitExceededException.class)
                .hasMessageContaining("PDF_MAX_REVISIONS");
    }

    @Test
    void aLongRunOfDigitsIsCountedInLinearTime() {
        byte[] digits = new byte[8 * 1024 * 1024];
        java.util.Arrays.fill(digits, (byte) '1');

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> RawObjectCount.check(digits, 50_000, 100));
    }

    @Test
    void classicTableEntriesAreCountedAsLenientlyAsPdfBoxReadsThem() {
        CraftedPdf pdf = CraftedPdf.onePage("");
        for (int i = 0; i < 30; i++) {
            pdf.object("(filler)");
        }

        assertThatThrownBy(() -> RawObjectCount.check(pdf.bytes(), 30, 100)).isInstanceOf(PdfLimitExceededException.class);
        assertThatCode(() -> RawObjectCount.check(pdf.bytes(), 40, 100)).doesNotThrowAnyException();
    }
}
