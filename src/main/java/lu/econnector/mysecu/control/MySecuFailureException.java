package lu.econnector.mysecu.control;

import java.util.List;
import lu.econnector.platform.ProblemException;
import lu.econnector.platform.ProblemType;

/**
 * mySecu failed, not the caller (docs/api.md): a SOAP fault or a nonsensical answer
 * (502), unreachable or an error status (503), no answer in time (504). The SOAP fault codes,
 * when there are any, go to the caller as {@code codes}.
 */
public class MySecuFailureException extends ProblemException {

    private final boolean invalidSecurityToken;

    private MySecuFailureException(ProblemType type, String detail, Throwable cause) {
        this(type, detail, cause, false);
    }

    private MySecuFailureException(ProblemType type, String detail, Throwable cause, boolean invalidSecurityToken) {
        super(type, detail, "mysecu", null, cause);
        this.invalidSecurityToken = invalidSecurityToken;
    }

    public static MySecuFailureException badAnswer(String detail, List<String> faultCodes, Throwable cause) {
        return (MySecuFailureException) new MySecuFailureException(ProblemType.UPSTREAM_BAD_ANSWER,
                detail, cause).withCodes(faultCodes);
    }

    /**
     * syncexchange's {@code wsse:InvalidSecurityToken} fault (docs/upstreams.md 4.2): the SAML
     * assertion is missing, expired or foreign. A 502 like any fault, but told apart
     * ({@link #isInvalidSecurityToken()}) so that the caller can drop its cached assertion and
     * try once more with a new one.
     */
    public static MySecuFailureException invalidSecurityToken(String detail, List<String> faultCodes,
                                                              Throwable cause) {
        return (MySecuFailureException) new MySecuFailureException(ProblemType.UPSTREAM_BAD_ANSWER,
                detail, cause, true).withCodes(faultCodes);
    }

    public static MySecuFailureException unavailable(String detail, Throwable cause) {
        return new MySecuFailureException(ProblemType.UPSTREAM_UNAVAILABLE, detail, cause);
    }

    public static MySecuFailureException timeout(String detail, Throwable cause) {
        return new MySecuFailureException(ProblemType.UPSTREAM_TIMEOUT, detail, cause);
    }

    /** Whether mySecu refused the SAML assertion: a new one may succeed where this one failed. */
    public boolean isInvalidSecurityToken() {
        return invalidSecurityToken;
    }
}
