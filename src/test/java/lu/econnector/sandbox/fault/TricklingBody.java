package lu.econnector.sandbox.fault;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;

/**
 * An answer's body sent one byte every {@link #PAUSE} until its trickle time is over, then the
 * rest at once: a client that only bounds each read keeps waiting, one that bounds the whole
 * answer gives up at its deadline.
 */
final class TricklingBody extends FilterOutputStream {

    static final Duration PAUSE = Duration.ofMillis(100);

    private final long trickleEndsAt;

    TricklingBody(OutputStream body, Duration trickle) {
        super(body);
        this.trickleEndsAt = System.nanoTime() + trickle.toNanos();
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        for (int i = 0; i < length; i++) {
            write(bytes[offset + i]);
        }
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        if (System.nanoTime() < trickleEndsAt) {
            out.flush();
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("trickle interrupted");
            }
        }
    }
}
