package lu.econnector.signature.control;

import lu.econnector.platform.ProblemException;
import lu.econnector.platform.ProblemType;

/** The KMS did not answer within {@code UPSTREAM_READ_TIMEOUT_MS}: 504 naming the KMS. */
public class KmsTimeoutException extends ProblemException {

    public KmsTimeoutException(String detail, Throwable cause) {
        super(ProblemType.UPSTREAM_TIMEOUT, detail, "kms", null, cause);
    }
}
