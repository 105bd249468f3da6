package lu.econnector.mysecu.control;

import lu.econnector.platform.ProblemException;
import lu.econnector.platform.ProblemType;

/**
 * mySecu refuses the professional (the STS's {@code wst:FailedAuthentication} for their token):
 * 403 naming mySecu and where the professional enrols (docs/api.md).
 */
public class MySecuRefusalException extends ProblemException {

    public MySecuRefusalException(String reason, String enrolmentPortal) {
        super(ProblemType.MYSECU_REFUSED, "mySecu refuses to act for this professional (" + reason
                + "). The professional enrols for mySecu on " + enrolmentPortal + ".", "mysecu", null, null);
    }
}
