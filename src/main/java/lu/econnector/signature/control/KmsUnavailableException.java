package lu.econnector.signature.control;

import lu.econnector.platform.ProblemException;
import lu.econnector.platform.ProblemType;

/**
 * The KMS cannot serve now: unreachable, an error status, its circuit open, or the bulkhead
 * full. 503 naming the KMS; the caller may retry later ({@code Retry-After} when we know).
 */
public class KmsUnavailableException extends ProblemException {

    public KmsUnavailableException(String detail, Throwable cause) {
        super(ProblemType.UPSTREAM_UNAVAILABLE, detail, "kms", null, cause);
    }

    public KmsUnavailableException retryAfter(int seconds) {
        withHeader("Retry-After", Integer.toString(seconds));
        return this;
    }
}
