package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** The scan that runs before PDFBox, which decodes cross-reference streams while it loads. */
class RawFlateScanTest {

    static final long BUDGET = 1L << 20;

    @Test
    void aCrossReferenceStreamBombIsCountedOnTheRawBytes() {
        byte[] bomb = CraftedPdf.crossReferenceStream("/FlateDecode",
                entries -> CraftedPdf.deflateFollowedByZeros(entries, 4 * BUDGET));

        assertThatThrownBy(() -> RawFlateScan.scan(bomb, new DecodedBytesBudget(BUDGET)))
                .isInstanceOf(PdfLimitExceededException.class).hasMessageContaining("PDF_MAX_DECODED_BYTES");
    }

    @Test
    void everyLayerOfANestedCrossReferenceStreamIsInflatedAndCounted() {
        byte[] bomb = CraftedPdf.crossReferenceStream("[/FlateDecode /FlateDecode]",
                entries -> CraftedPdf.deflate(CraftedPdf.deflateFollowedByZeros(entries, 4 * BUDGET)));

        assertThatThrownBy(() -> RawFlateScan.scan(bomb, new DecodedBytesBudget(BUDGET)))
                .isInstanceOf(PdfLimitExceededException.class).hasMessageContaining("PDF_MAX_DECODED_BYTES");
    }

    @Test
    void aLayerThatOnlyStartsLikeZlibIsStillCountedToItsEnd() {
        ByteArrayOutputStream layer = new ByteArrayOutputStream();
        layer.writeBytes(new byte[] {0x78, (byte) 0x9C, 'n', 'o', 't', ' ', 'z', 'l', 'i', 'b'});
        byte[] bomb = CraftedPdf.onePage("/Contents 4 0 R")
                .stream("/FlateDecode", CraftedPdf.deflateFollowedByZeros(layer.toByteArray(), 4 * BUDGET)).bytes();

        assertThatThrownBy(() -> RawFlateScan.scan(bomb, new DecodedBytesBudget(BUDGET)))
                .isInstanceOf(PdfLimitExceededException.class);
    }

    @Test
    void streamsWithinTheBudgetPass() {
        byte[] small = CraftedPdf.onePage("/Contents 4 0 R")
                .stream("/FlateDecode", CraftedPdf.deflatedZeros(BUDGET / 2)).bytes();

        assertThatCode(() -> RawFlateScan.scan(small, new DecodedBytesBudget(BUDGET))).doesNotThrowAnyException();
    }
}
