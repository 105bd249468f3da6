package lu.econnector.upstream.control;

import java.util.List;
import lu.econnector.platform.ProblemException;
import lu.econnector.platform.ProblemType;

/**
 * An upstream failed, not the caller: it could not be reached, it did not answer in time, or
 * it answered something unusable. Each kind has its one problem type and status, whatever the
 * upstream. A refusal of the professional (a 401, 403 or 422 the upstream gives on their behalf)
 * is no failure of the upstream and has types of its own.
 */
public class UpstreamFailure extends ProblemException {

    /** What went wrong, as the caller sees it. */
    public enum Kind {
        /** Unreachable, an error status, its circuit open: 503, the caller may retry later. */
        UNAVAILABLE(ProblemType.UPSTREAM_UNAVAILABLE),
        /** No complete answer within the deadline: 504; it may still have acted. */
        TIMEOUT(ProblemType.UPSTREAM_TIMEOUT),
        /** An answer that is no answer: malformed, oversized, a fault, one that fails our checks: 502. */
        BAD_ANSWER(ProblemType.UPSTREAM_BAD_ANSWER);

        private final ProblemType type;

        Kind(ProblemType type) {
            this.type = type;
        }
    }

    private final Kind kind;

    /**
     * @param upstream the upstream's id ({@code aes}, {@code kms}, {@code mysecu}, {@code ihub})
     * @param detail   shown to the caller: what failed, never a token, a key or medical data
     */
    public UpstreamFailure(String upstream, Kind kind, String detail, Throwable cause) {
        super(kind.type, detail, upstream, null, cause);
        this.kind = kind;
    }

    public static UpstreamFailure unavailable(String upstream, String detail, Throwable cause) {
        return new UpstreamFailure(upstream, Kind.UNAVAILABLE, detail, cause);
    }

    public static UpstreamFailure timeout(String upstream, String detail, Throwable cause) {
        return new UpstreamFailure(upstream, Kind.TIMEOUT, detail, cause);
    }

    public static UpstreamFailure badAnswer(String upstream, String detail, Throwable cause) {
        return new UpstreamFailure(upstream, Kind.BAD_ANSWER, detail, cause);
    }

    public Kind kind() {
        return kind;
    }

    /** When the caller may try again, in seconds ({@code Retry-After}). */
    public UpstreamFailure retryAfter(long seconds) {
        withHeader("Retry-After", Long.toString(seconds));
        return this;
    }

    /** The upstream's own error codes (a SOAP fault code, …), passed on to the caller. */
    public UpstreamFailure withUpstreamCodes(List<String> upstreamCodes) {
        withCodes(upstreamCodes);
        return this;
    }
}
