package lu.econnector.activity.control;

import java.util.function.Supplier;
import lu.econnector.platform.ProblemException;

/**
 * Where an upstream client reports each call: {@link Activity} in the container, a recorder of
 * the test's own in a unit test that builds the client by hand.
 */
public interface UpstreamCallRecorder {

    /** @param failed the upstream failed (down, slow, nonsense); a refusal of a professional is no failure */
    void upstreamCall(String upstream, String operation, long nanos, boolean failed);

    /**
     * Makes one call and reports it. A problem below 500 (the upstream refusing a token, a
     * professional or a document) means the upstream worked; anything else thrown is a failure.
     */
    default <T> T timed(String upstream, String operation, Supplier<T> call) {
        long start = System.nanoTime();
        boolean failed = true;
        try {
            T result = call.get();
            failed = false;
            return result;
        } catch (ProblemException problem) {
            failed = problem.status() >= 500;
            throw problem;
        } finally {
            upstreamCall(upstream, operation, System.nanoTime() - start, failed);
        }
    }
}
