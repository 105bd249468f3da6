package lu.econnector.pipeline.control;

import lu.econnector.platform.ProblemException;

/** The same {@code Idempotency-Key} with another request: which one the caller meant is not for us to guess. */
public class IdempotencyKeyReusedException extends ProblemException {

    public IdempotencyKeyReusedException() {
        super("idempotency-key-reused", "Unprocessable Content", 422,
                "This Idempotency-Key was used with another request; use a new key for a new document.");
    }
}
