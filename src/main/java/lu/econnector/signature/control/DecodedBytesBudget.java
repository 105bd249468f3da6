package lu.econnector.signature.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The bytes a PDF's streams may decode to, together. PDFBox 3 decodes a stream wholly into
 * the heap whatever its stream cache (measured: a 0.5 MB Flate stream of zeros takes 512 MB
 * when read), so the decoded size is counted here, stream by stream, before PDFBox or DSS
 * decode anything for real; past the budget the upload is refused.
 */
final class DecodedBytesBudget {

    private final long limit;
    private long spent;

    DecodedBytesBudget(long limit) {
        this.limit = limit;
    }

    /** @throws PdfLimitExceededException once more than the budget has been spent */
    void spend(long bytes) {
        spent += bytes;
        if (spent > limit) {
            throw new PdfLimitExceededException("The PDF's streams decode to more than " + limit
                    + " bytes (PDF_MAX_DECODED_BYTES).");
        }
    }

    /** A sink that spends what is written to it, and keeps it only when a later filter must read it. */
    Sink sink(boolean keep) {
        return new Sink(keep);
    }

    final class Sink extends OutputStream {

        private final ByteArrayOutputStream kept;

        private Sink(boolean keep) {
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) {
            spend(1);
            if (kept != null) {
                kept.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            spend(len);
            if (kept != null) {
                kept.write(b, off, len);
            }
        }

        InputStream decoded() {
            return new ByteArrayInputStream(kept == null ? new byte[0] : kept.toByteArray());
        }
    }
}
