package lu.econnector.signature.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Hostile PDFs written byte by byte, as an attacker would, for what PDFBox's writer would
 * never produce: object {@code n} is the n-th body, object 1 the catalog, and each
 * {@link #update} appends an incremental update (ISO 32000-1 section 7.5.6).
 */
public final class CraftedPdf {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Integer> offsets = new ArrayList<>();
    private int lastXref = -1;

    private CraftedPdf() {
        write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    }

    /** One page over a page tree, then the given objects from number 4 on. */
    public static CraftedPdf onePage(String contents) {
        CraftedPdf pdf = new CraftedPdf();
        pdf.object("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + contents + " >>");
        return pdf;
    }

    public static CraftedPdf empty() {
        return new CraftedPdf();
    }

    public CraftedPdf object(String body) {
        return object(body.getBytes(StandardCharsets.ISO_8859_1));
    }

    CraftedPdf object(byte[] body) {
        offsets.add(out.size());
        write(offsets.size() + " 0 obj\n");
        out.writeBytes(body);
        write("\nendobj\n");
        return this;
    }

    /** Object {@code number} written again: its new version, in the revision being built. */
    public CraftedPdf replace(int number, String body) {
        offsets.set(number - 1, out.size());
        write(number + " 0 obj\n" + body + "\nendobj\n");
        return this;
    }

    /** A stream object with the given filters (e.g. {@code /FlateDecode}) and already encoded data. */
    public CraftedPdf stream(String filters, byte[] encoded) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("<< /Filter " + filters + " /Length " + encoded.length + " >>\nstream\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(encoded);
        body.writeBytes("\nendstream".getBytes(StandardCharsets.US_ASCII));
        return object(body.toByteArray());
    }

    /** Closes the revision so far with a classic cross-reference table of all objects written. */
    public CraftedPdf update() {
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        table.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root 1 0 R");
        if (lastXref >= 0) {
            table.append(" /Prev ").append(lastXref);
        }
        table.append(" >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        write(table.toString());
        lastXref = xref;
        return this;
    }

    public byte[] bytes() {
        if (lastXref < 0) {
            update();
        }
        return out.toByteArray();
    }

    /**
     * A PDF whose only cross-reference section is a stream (ISO 32000-1 section 7.5.8), its
     * entries encoded by the caller: PDFBox decodes it whole while it loads the document.
     */
    static byte[] crossReferenceStream(String filters, UnaryOperator<byte[]> encoding) {
        return crossReferenceStream(filters, 4, encoding);
    }

    /** As above, declaring {@code size} entries ({@code /Size}), as many as PDFBox then reads. */
    static byte[] crossReferenceStream(String filters, int size, UnaryOperator<byte[]> encoding) {
        CraftedPdf pdf = CraftedPdf.empty()
                .object("<< /Type /Catalog /Pages 2 0 R >>")
                .object("<< /Type /Pages /Kids [] /Count 0 >>");
        int xref = pdf.out.size();
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        entries.writeBytes(new byte[] {0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF});
        for (int offset : List.of(pdf.offsets.get(0), pdf.offsets.get(1), xref)) {
            entries.writeBytes(new byte[] {1, (byte) (offset >> 24), (byte) (offset >> 16), (byte) (offset >> 8),
                    (byte) offset, 0, 0});
        }
        byte[] encoded = encoding.apply(entries.toByteArray());
        pdf.write("3 0 obj\n<< /Type /XRef /Size " + size + " /W [1 4 2] /Root 1 0 R /Filter " + filters + " /Length "
                + encoded.length + " >>\nstream\n");
        pdf.out.writeBytes(encoded);
        pdf.write("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n");
        return pdf.out.toByteArray();
    }

    /** {@code size} zero bytes through zlib, written a MiB at a time: about 5 KB per MiB. */
    public static byte[] deflatedZeros(long size) {
        return deflateFollowedByZeros(new byte[0], size);
    }

    /** {@code data}, then {@code size} zero bytes, through zlib. */
    static byte[] deflateFollowedByZeros(byte[] data, long size) {
        return deflate(out -> {
            out.write(data);
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < size; written += zeros.length) {
                out.write(zeros, 0, (int) Math.min(zeros.length, size - written));
            }
        });
    }

    static byte[] deflate(byte[] data) {
        return deflate(out -> out.write(data));
    }

    private interface Writing {
        void to(DeflaterOutputStream out) throws IOException;
    }

    private static byte[] deflate(Writing writing) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            writing.to(deflater);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    private void write(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
