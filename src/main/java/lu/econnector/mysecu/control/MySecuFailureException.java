package lu.econnector.mysecu.control;

import java.util.List;
import lu.econnector.problem.control.ProblemException;

/**
 * mySecu failed, not the caller (PRODUCT.md section 3): a SOAP fault or a nonsensical answer
 * (502), unreachable or an error status (503), no answer in time (504). The SOAP fault codes,
 * when there are any, go to the caller as {@code codes}.
 */
public class MySecuFailureException extends ProblemException {

    private MySecuFailureException(String typeSlug, String title, int status, String detail, Throwable cause) {
        super(typeSlug, title, status, detail, "mysecu", null, cause);
    }

    public static MySecuFailureException badAnswer(String detail, List<String> faultCodes, Throwable cause) {
        return (MySecuFailureException) new MySecuFailureException("upstream-bad-answer", "Bad Gateway", 502,
                detail, cause).withCodes(faultCodes);
    }

    public static MySecuFailureException unavailable(String detail, Throwable cause) {
        return new MySecuFailureException("upstream-unavailable", "Service Unavailable", 503, detail, cause);
    }

    public static MySecuFailureException timeout(String detail, Throwable cause) {
        return new MySecuFailureException("upstream-timeout", "Gateway Timeout", 504, detail, cause);
    }
}
