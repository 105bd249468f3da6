package lu.econnector.problem.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The mySecu message id a request deposits under, once it is fixed: before any work, so that
 * every answer of the request names it, errors included (docs/api.md), in the
 * {@link #HEADER} header and in a problem's {@code messageId} member. A vendor that lost an
 * answer, or got an error, can then tell mySecu which message it is asking about.
 * Requests that deposit nothing have none.
 */
@RequestScoped
public class RequestMessageId {

    public static final String HEADER = "X-Message-Id";

    private String value;

    /** @throws IllegalStateException when fixed already: one request, one message */
    public void fix(String messageId) {
        if (value != null) {
            throw new IllegalStateException("the message id of this request is fixed already");
        }
        value = messageId;
    }

    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /** @throws IllegalStateException when not fixed: a resource that deposits without the filter that fixes it */
    public String fixed() {
        if (value == null) {
            throw new IllegalStateException("no message id was fixed for this request");
        }
        return value;
    }
}
