package lu.econnector.platform;

import jakarta.ejb.ApplicationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lu.econnector.platform.FieldError;

/**
 * The base of the application's typed failures: each knows its {@link ProblemType} (type,
 * title and HTTP status), so that the one exception mapper turns any of them into a response. The
 * detail is shown to the caller: it must never hold a secret or medical data.
 */
@ApplicationException // through an EJB as thrown: not wrapped, not logged as the container's failure
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String upstream;
    private final transient List<FieldError> errors;
    private final transient Map<String, String> headers = new LinkedHashMap<>();
    private transient List<String> codes = List.of();

    protected ProblemException(ProblemType type, String detail, String upstream, List<FieldError> errors,
                               Throwable cause) {
        super(detail, cause);
        this.type = type;
        this.upstream = upstream;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null, null, null);
    }

    public ProblemType type() {
        return type;
    }

    public String title() {
        return type.title();
    }

    public int status() {
        return type.status();
    }

    public String upstream() {
        return upstream;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** An upstream's own error codes, passed on to the caller (mySecu's {@code DOC_DIGEST_MISMATCH}, …). */
    public List<String> codes() {
        return codes;
    }

    protected ProblemException withCodes(List<String> upstreamCodes) {
        this.codes = List.copyOf(upstreamCodes);
        return this;
    }

    /** Response headers the status requires, such as {@code WWW-Authenticate} on a 401 (RFC 9110 15.5.2). */
    public Map<String, String> headers() {
        return headers;
    }

    protected ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
