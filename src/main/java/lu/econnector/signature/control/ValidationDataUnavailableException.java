package lu.econnector.signature.control;

import lu.econnector.platform.ProblemException;
import lu.econnector.platform.ProblemType;
import lu.econnector.config.entity.PadesLevel;

/**
 * A long-term signature needs every CA's and the timestamp authority's revocation data: a CA
 * whose CRL is out of reach, or that revoked a certificate of the chains, leaves the document
 * unsigned. An upstream's fault (the CAs'), not the caller's: 502. DSS's message names the
 * certificates by their ids only.
 */
public class ValidationDataUnavailableException extends ProblemException {

    public ValidationDataUnavailableException(PadesLevel level, Throwable cause) {
        super(ProblemType.UPSTREAM_BAD_ANSWER, "The validation data that " + level.etsiName()
                + " embeds could not be gathered from the truststore CAs: " + cause.getMessage(), "crl", null, cause);
    }
}
