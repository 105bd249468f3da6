package lu.econnector.signature.control;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/**
 * Bounds the uploaded PDFs being parsed at once, across the endpoints that take one: parsing
 * comes before any bulkhead of signing or validation, so without this bound every request
 * thread could be parsing. A call beyond it is refused at once, as a full bulkhead is: 503 with
 * {@code Retry-After} (the exception mapper's), rather than queued.
 */
final class IntakeGate {

    private final Semaphore permits;
    private final int size;

    IntakeGate(int size) {
        this.permits = new Semaphore(size);
        this.size = size;
    }

    <T> T through(Supplier<T> work) {
        if (!permits.tryAcquire()) {
            throw new BulkheadException("More than " + size + " uploaded PDFs are being read");
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
