package lu.econnector.signature.control;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Writes a CMS signature into the {@code /Contents} placeholder that DSS reserved when it
 * computed the digest to sign: a hexadecimal string of zeros, {@code <000…0>}, between the two
 * ranges of {@code /ByteRange}. The bytes around it are the ones that were signed, so they must
 * not change; the signature's hex replaces the first zeros, the rest stay as padding.
 *
 * <p>DSS does the same byte by byte through a buffered stream (two synchronised calls per byte of
 * the document: 7 % of the server's CPU per signed document, profiled); this works on the array.
 */
final class SignaturePlaceholder {

    private SignaturePlaceholder() {
    }

    /**
     * @return the document with the signature in place, or {@code null} when the document does not
     *         hold exactly one placeholder big enough (the caller then lets DSS do it its way)
     */
    static byte[] fill(byte[] pdf, byte[] cmsSignedData) {
        byte[] hex = HexFormat.of().formatHex(cmsSignedData).getBytes(StandardCharsets.US_ASCII);
        int found = -1;
        for (int i = 0; i < pdf.length; i++) {
            if (pdf[i] != '<') {
                continue;
            }
            int zeros = 0;
            while (i + 1 + zeros < pdf.length && pdf[i + 1 + zeros] == '0') {
                zeros++;
            }
            int end = i + 1 + zeros;
            if (zeros > 0 && zeros >= hex.length && end < pdf.length && pdf[end] == '>') {
                if (found >= 0) {
                    return null;
                }
                found = i;
            }
            i = end - 1;
        }
        if (found < 0) {
            return null;
        }
        byte[] signed = pdf.clone();
        System.arraycopy(hex, 0, signed, found + 1, hex.length);
        return signed;
    }
}
