package lu.econnector.problem.boundary;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import lu.econnector.platform.AppLog;
import lu.econnector.platform.ProblemException;
import lu.econnector.problem.control.RequestMessageId;
import lu.econnector.problem.entity.Problem;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * The one exception mapper: our typed failures keep their problem type and status; JAX-RS's
 * own (404, 405, 406, 415…) become {@code about:blank} problems; anything else is a defect,
 * logged in full and answered with a 500 that shows nothing of it. 4xx are logged at FINE,
 * an upstream's 5xx at WARNING with its detail, any other 5xx at SEVERE with the stack trace;
 * all with the request id. A request that deposits on mySecu has its message id named too.
 */
@Provider
public class ThrowableMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = AppLog.of(ThrowableMapper.class);
    /** A bulkhead (signatures, validations) is full: load, not a defect; the caller retries. */
    private static final String BUSY = "Too many requests of this kind are in progress; retry in a moment.";
    /** An upstream's circuit is open after repeated failures: its calls resume after the breaker's delay. */
    private static final String CIRCUIT_OPEN = "An upstream failed repeatedly; calls to it resume in a few seconds.";

    @Context
    UriInfo uriInfo;

    @Inject
    RequestMessageId messageId;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        Problem problem = toProblem(cause, instance()).withMessageId(messageId.value().orElse(null));
        if (problem.status() >= 500 && cause instanceof ProblemException typed && typed.upstream() != null) {
            // An upstream's failure, described in the detail: no defect of ours, no stack trace.
            LOG.warning(() -> "Answered " + problem.status() + " (" + typed.upstream() + "): " + typed.getMessage());
        } else if (problem.status() >= 500 && !(cause instanceof FaultToleranceException)) {
            LOG.log(Level.SEVERE, "Answered " + problem.status() + ": " + problem.title(), cause);
        } else {
            LOG.fine(() -> "Answered " + problem.status() + ": " + problem.title());
        }
        Response response = ProblemResponses.toResponse(problem);
        if (cause instanceof ProblemException typed && !typed.headers().isEmpty()) {
            Response.ResponseBuilder builder = Response.fromResponse(response);
            typed.headers().forEach(builder::header);
            return builder.build();
        }
        if (cause instanceof WebApplicationException web && problem.status() < 500) {
            return keepProtocolHeaders(web.getResponse(), response);
        }
        if (cause instanceof BulkheadException || cause instanceof CircuitBreakerOpenException) {
            return Response.fromResponse(response).header("Retry-After", cause instanceof BulkheadException ? "1" : "5")
                    .build();
        }
        return response;
    }

    /** Headers the HTTP semantics of a status require (RFC 9110: Allow on 405, …). */
    private static Response keepProtocolHeaders(Response from, Response to) {
        Response.ResponseBuilder builder = Response.fromResponse(to);
        for (String header : new String[] {"Allow", "WWW-Authenticate", "Retry-After"}) {
            String value = from.getHeaderString(header);
            if (value != null) {
                builder.header(header, value);
            }
        }
        return builder.build();
    }

    private static Problem toProblem(Throwable cause, String instance) {
        if (cause instanceof ProblemException typed) {
            return ProblemResponses.of(typed, instance);
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return ProblemResponses.ofStatus(web.getResponse().getStatus(),
                    ProblemResponses.standardDetail(web.getResponse().getStatus()), instance);
        }
        if (cause instanceof BulkheadException) {
            return ProblemResponses.ofStatus(503, BUSY, instance);
        }
        if (cause instanceof CircuitBreakerOpenException) {
            return ProblemResponses.ofStatus(503, CIRCUIT_OPEN, instance);
        }
        return ProblemResponses.ofStatus(500, ProblemResponses.standardDetail(500), instance);
    }

    /**
     * Past the EJB container's wrapping; and to our own typed failure when a library wrapped
     * it (a body stream's {@code PayloadTooLargeException} arrives inside JAX-RS's own).
     */
    private static Throwable unwrap(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException) {
                return cause;
            }
        }
        Throwable cause = thrown;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private String instance() {
        return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    }
}
