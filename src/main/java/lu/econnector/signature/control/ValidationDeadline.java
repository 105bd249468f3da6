package lu.econnector.signature.control;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/**
 * Runs each validation on a worker of a fixed pool and gives up on it at the deadline. Not
 * MicroProfile's {@code @Timeout}: on a synchronous method it interrupts the caller and
 * answers only once the method returns, and DSS does not look at interrupts. Here the
 * caller gets its answer at the deadline and the late worker is interrupted; as it may run on
 * regardless, a validation holds its place until it really ends, and while every place is
 * taken, by live or by abandoned validations, a new one is refused as a full bulkhead is (503,
 * Retry-After): abandoned work cannot pile up. The places are counted apart from the pool, since
 * a pool worker just done is not at once ready for the next task.
 */
final class ValidationDeadline implements AutoCloseable {

    private final ThreadPoolExecutor workers;
    private final Semaphore places;
    private final Duration timeout;

    ValidationDeadline(int workers, Duration timeout) {
        this.timeout = timeout;
        this.places = new Semaphore(workers);
        AtomicInteger created = new AtomicInteger();
        ClassLoader application = ValidationDeadline.class.getClassLoader();
        this.workers = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                work -> {
                    Thread thread = new Thread(work, "econnector-validation-" + created.incrementAndGet());
                    thread.setDaemon(true);
                    // DSS finds its PDF implementation with a ServiceLoader, through this loader.
                    thread.setContextClassLoader(application);
                    return thread;
                });
    }

    /**
     * @throws ValidationTimeoutException past the deadline
     * @throws BulkheadException          when every place is taken
     */
    <T> T run(Callable<T> validation) {
        if (!places.tryAcquire()) {
            throw new BulkheadException("Every validation worker is taken");
        }
        // Whoever claims the place first gives it back: the worker when it ends, or the caller
        // at the deadline for a task that has not started (and now never will).
        AtomicBoolean claimed = new AtomicBoolean();
        Future<T> running = workers.submit(() -> {
            if (!claimed.compareAndSet(false, true)) {
                return null;
            }
            try {
                return validation.call();
            } finally {
                places.release();
            }
        });
        try {
            return running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            running.cancel(true);
            if (claimed.compareAndSet(false, true)) {
                places.release();
            }
            throw new ValidationTimeoutException(timeout);
        } catch (InterruptedException interrupted) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a validation", interrupted);
        } catch (ExecutionException failed) {
            throw unchecked(failed.getCause());
        }
    }

    private static RuntimeException unchecked(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(failure);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
