package lu.econnector.auth.control;

import lu.econnector.platform.ProblemException;
import lu.econnector.platform.ProblemType;

/**
 * The AeS discovery document or keys cannot be had: the identity provider's outage, not
 * the caller's fault, hence 503 rather than 401.
 */
public class IdentityProviderUnavailableException extends ProblemException {

    public IdentityProviderUnavailableException(String detail, Throwable cause) {
        super(ProblemType.UPSTREAM_UNAVAILABLE, detail, "aes", null, cause);
        withHeader("Retry-After", "30");
    }
}
