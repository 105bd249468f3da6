package lu.econnector.signature.control;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Counts what every Flate stream of a PDF inflates to, on the raw bytes, before PDFBox parses
 * anything: PDFBox decodes cross-reference streams while it loads the document, too early for a
 * check on the parsed objects. Every {@code stream} keyword is tried, wherever it stands: a
 * zlib stream ends by itself (RFC 1950), so no {@code /Length} is needed, and a keyword inside
 * other data costs one failed inflation at most. A layer that inflates to another zlib stream
 * ({@code [/FlateDecode /FlateDecode]}) is inflated in turn, as it streams, every layer counted.
 */
final class RawFlateScan {

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "end".getBytes(StandardCharsets.US_ASCII);
    /** Layers inflated as they nest: more than any real stream has, few enough for the recursion. */
    private static final int MAX_LAYERS = 32;

    private RawFlateScan() {
    }

    static void scan(byte[] pdf, DecodedBytesBudget budget) {
        for (int at = RawBytes.indexOf(pdf, STREAM, 0); at >= 0; at = RawBytes.indexOf(pdf, STREAM, at + 1)) {
            boolean endKeyword = RawBytes.startsWith(pdf, at - END.length, END);
            int data = skipEndOfLine(pdf, at + STREAM.length);
            if (!endKeyword && isZlibHeader(pdf, data)) {
                inflate(new ByteArrayInputStream(pdf, data, pdf.length - data), budget);
            }
        }
    }

    /** PDFBox takes the data after the keyword's end of line, and is lenient on what that end is. */
    private static int skipEndOfLine(byte[] pdf, int from) {
        int at = from;
        while (at < pdf.length && (pdf[at] == '\r' || pdf[at] == '\n' || pdf[at] == ' ')) {
            at++;
        }
        return at;
    }

    static boolean isZlibHeader(byte[] pdf, int at) {
        return at + 1 < pdf.length && isZlibHeader(pdf[at], pdf[at + 1]);
    }

    /** RFC 1950 section 2.2: method 8 (deflate), and the two header bytes a multiple of 31. */
    private static boolean isZlibHeader(byte cmf, byte flg) {
        return (cmf & 0x0F) == 8 && (((cmf & 0xFF) << 8) | (flg & 0xFF)) % 31 == 0;
    }

    private static void inflate(InputStream compressed, DecodedBytesBudget budget) {
        try {
            drain(new Spending(new InflaterInputStream(compressed), budget), budget, 1);
        } catch (IOException notDeflate) {
            // Not a Flate stream after all, or a damaged one: PDFBox inflates no more of it than this.
        }
    }

    /** Reads one inflated layer to its end, through the layer it holds when it holds one. */
    private static void drain(InputStream layer, DecodedBytesBudget budget, int depth) throws IOException {
        PushbackInputStream inflated = new PushbackInputStream(layer, 2);
        byte[] head = inflated.readNBytes(2);
        inflated.unread(head);
        if (depth < MAX_LAYERS && head.length == 2 && isZlibHeader(head[0], head[1])) {
            try {
                drain(new Spending(new InflaterInputStream(inflated), budget), budget, depth + 1);
            } catch (ZipException notNested) {
                // Only looked like a zlib header: the rest of this layer is counted below all the same.
            }
        }
        inflated.transferTo(OutputStream.nullOutputStream());
    }

    /** Spends on the budget every byte read through it. */
    private static final class Spending extends FilterInputStream {

        private final DecodedBytesBudget budget;

        Spending(InputStream in, DecodedBytesBudget budget) {
            super(in);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                budget.spend(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, len);
            if (read > 0) {
                budget.spend(read);
            }
            return read;
        }
    }
}
