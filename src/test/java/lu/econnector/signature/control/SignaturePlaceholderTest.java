package lu.econnector.signature.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignaturePlaceholderTest {

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theSignaturesHexReplacesTheFirstZerosAndTheRestStaysPadding() {
        byte[] pdf = ascii("%PDF-1.7 /ByteRange [0 20 32 5] /Contents <0000000000> /ID [<00><AB>] %%EOF");

        byte[] signed = SignaturePlaceholder.fill(pdf, new byte[] {(byte) 0xCA, (byte) 0xFE});

        assertEquals("%PDF-1.7 /ByteRange [0 20 32 5] /Contents <cafe000000> /ID [<00><AB>] %%EOF",
                new String(signed, StandardCharsets.ISO_8859_1));
        assertEquals(pdf.length, signed.length, "the signed byte ranges do not move");
    }

    @Test
    void theInputIsLeftAsItWas() {
        byte[] pdf = ascii("<00000000>");
        byte[] copy = pdf.clone();

        SignaturePlaceholder.fill(pdf, new byte[] {1});

        assertArrayEquals(copy, pdf);
    }

    @Test
    void twoPlaceholdersLeaveTheChoiceToDss() {
        assertNull(SignaturePlaceholder.fill(ascii("<000000> x <000000>"), new byte[] {1, 2}));
    }

    @Test
    void aPlaceholderTooSmallForTheSignatureIsNotOne() {
        assertNull(SignaturePlaceholder.fill(ascii("<0000>"), new byte[] {1, 2, 3}));
    }

    @Test
    void zerosThatDoNotCloseTheStringAreNoPlaceholder() {
        assertNull(SignaturePlaceholder.fill(ascii("<000000 0>"), new byte[] {1}));
        assertNull(SignaturePlaceholder.fill(ascii("no placeholder at all <>"), new byte[] {1}));
    }
}
