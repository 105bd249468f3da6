package lu.econnector.signature.control;

import java.time.Duration;
import lu.econnector.platform.ProblemException;
import lu.econnector.platform.ProblemType;

/**
 * A PDF that DSS did not validate within {@code VALIDATION_TIMEOUT_MS}. 422, the caller's:
 * a CNS document validates in tens of milliseconds (docs/verified-facts.md), and the CRL fetches DSS makes
 * are bounded by the upstream timeouts, well within the default deadline; what takes longer is
 * a document built to.
 */
public class ValidationTimeoutException extends ProblemException {

    public ValidationTimeoutException(Duration timeout) {
        super(ProblemType.VALIDATION_TIMEOUT, "The PDF took longer than " + timeout.toMillis()
                + " ms to validate (VALIDATION_TIMEOUT_MS).");
    }
}
