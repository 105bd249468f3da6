package lu.econnector.signature.control;

import lu.econnector.platform.ProblemException;

/**
 * The KMS cannot serve now: unreachable, an error status, its circuit open, or the bulkhead
 * full. 503 naming the KMS; the caller may retry later ({@code Retry-After} when we know).
 */
public class KmsUnavailableException extends ProblemException {

    public KmsUnavailableException(String detail, Throwable cause) {
        super("upstream-unavailable", "Service Unavailable", 503, detail, "kms", null, cause);
    }

    public KmsUnavailableException retryAfter(int seconds) {
        withHeader("Retry-After", Integer.toString(seconds));
        return this;
    }
}
