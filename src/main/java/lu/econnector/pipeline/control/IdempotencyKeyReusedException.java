package lu.econnector.pipeline.control;

import lu.econnector.platform.ProblemException;
import lu.econnector.platform.ProblemType;

/** The same {@code Idempotency-Key} with another request: which one the caller meant is not for us to guess. */
public class IdempotencyKeyReusedException extends ProblemException {

    public IdempotencyKeyReusedException() {
        super(ProblemType.IDEMPOTENCY_KEY_REUSED,
                "This Idempotency-Key was used with another request; use a new key for a new document.");
    }
}
