package lu.econnector.signature.control;

import lu.econnector.platform.ProblemException;
import lu.econnector.platform.ProblemType;

/**
 * The KMS answered, but with something that must not go into a document: a chain to another
 * root, a signature by another key, a timestamp for other data. The KMS's fault, not the
 * caller's: 502 naming the KMS. The detail says which check failed, never a key or a token.
 */
public class KmsAnswerRejectedException extends ProblemException {

    public KmsAnswerRejectedException(String detail) {
        this(detail, null);
    }

    public KmsAnswerRejectedException(String detail, Throwable cause) {
        super(ProblemType.UPSTREAM_BAD_ANSWER, "The KMS answer was rejected: " + detail, "kms", null, cause);
    }
}
