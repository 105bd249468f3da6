package lu.econnector.signature.control;

import lu.econnector.platform.ProblemException;

/** The KMS did not answer within {@code UPSTREAM_READ_TIMEOUT_MS}: 504 naming the KMS. */
public class KmsTimeoutException extends ProblemException {

    public KmsTimeoutException(String detail, Throwable cause) {
        super("upstream-timeout", "Gateway Timeout", 504, detail, "kms", null, cause);
    }
}
