package lu.econnector.upstream.control;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import lu.econnector.platform.BoundedBody;
import lu.econnector.upstream.control.UpstreamFailure.Kind;

/**
 * The one reading of what went wrong on the wire, for every upstream and every HTTP stack
 * (the JDK client, and Metro's for the SOAP deposit, which wraps the same JDK exceptions):
 * no connection, no answer in time, or an answer too large to be one. The reason is in words
 * safe to show anyone: it names the kind of failure, never a URL's query or a byte of the answer.
 */
public final class TransportFailures {

    /** What a transport exception means: its kind and why, e.g. "connection refused". */
    public record Reason(Kind kind, String text) {
    }

    private TransportFailures() {
    }

    /**
     * @param thrown   the exception, however wrapped (the causes are searched)
     * @param deadline the answer deadline the call had, for the words of a timeout
     * @return the reason, or null when nothing in the chain is a transport failure
     */
    public static Reason recognise(Throwable thrown, Duration deadline) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            Reason reason = reasonOf(cause, deadline);
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    /**
     * The failure a call's exception means; an unrecognised I/O failure makes the upstream
     * unavailable.
     *
     * @param subject who failed, for the detail: {@code "The KMS (sign-data)"}
     */
    public static UpstreamFailure of(String upstream, String subject, Throwable thrown, Duration deadline) {
        if (thrown instanceof UpstreamFailure known) {
            return known;
        }
        Throwable cause = unwrap(thrown);
        Reason reason = recognise(cause, deadline);
        if (reason == null) {
            reason = new Reason(Kind.UNAVAILABLE, "I/O error (" + cause.getClass().getSimpleName() + ")");
        }
        return failure(upstream, subject, reason, cause);
    }

    /** The detail reads "subject did not answer: reason", or "subject gave a bad answer: reason". */
    public static UpstreamFailure failure(String upstream, String subject, Reason reason, Throwable cause) {
        String verb = reason.kind() == Kind.BAD_ANSWER ? " gave a bad answer: " : " did not answer: ";
        return new UpstreamFailure(upstream, reason.kind(), subject + verb + reason.text(), cause);
    }

    /** Past the wrappers of futures. */
    static Throwable unwrap(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static Reason reasonOf(Throwable cause, Duration deadline) {
        if (cause instanceof BoundedBody.TooLargeException) {
            return new Reason(Kind.BAD_ANSWER, cause.getMessage());
        }
        // Before its superclass: no connection is an upstream down, not one that is slow to answer.
        if (cause instanceof HttpConnectTimeoutException) {
            return new Reason(Kind.UNAVAILABLE, "no connection within the connect timeout");
        }
        if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException
                || cause instanceof TimeoutException) {
            return new Reason(Kind.TIMEOUT, "no answer within " + deadline.toMillis() + " ms");
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
            return new Reason(Kind.UNAVAILABLE, "connection refused");
        }
        if (cause instanceof UnknownHostException) {
            return new Reason(Kind.UNAVAILABLE, "host not found");
        }
        if (cause instanceof SSLException) {
            return new Reason(Kind.UNAVAILABLE, "TLS handshake failed (is the server certificate trusted?)");
        }
        if (cause instanceof SocketException || cause instanceof EOFException) {
            return new Reason(Kind.UNAVAILABLE, "the connection ended without an answer");
        }
        if (cause instanceof IOException && cause.getCause() == null) {
            return new Reason(Kind.UNAVAILABLE, "I/O error (" + cause.getClass().getSimpleName() + ")");
        }
        return null;
    }
}
