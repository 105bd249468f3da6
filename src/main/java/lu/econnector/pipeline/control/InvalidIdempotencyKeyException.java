package lu.econnector.pipeline.control;

import lu.econnector.platform.ProblemException;
import lu.econnector.platform.ProblemType;

/** An {@code Idempotency-Key} that is not 1 to 64 of {@code [A-Za-z0-9_-]} (docs/api.md). */
public class InvalidIdempotencyKeyException extends ProblemException {

    public InvalidIdempotencyKeyException() {
        super(ProblemType.INVALID_IDEMPOTENCY_KEY,
                "Idempotency-Key must be 1 to 64 characters of A-Z, a-z, 0-9, '_' and '-'.");
    }
}
