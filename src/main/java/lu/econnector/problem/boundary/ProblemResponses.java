package lu.econnector.problem.boundary;

import jakarta.ws.rs.core.Response;
import java.util.List;
import lu.econnector.platform.ProblemException;
import lu.econnector.platform.RequestId;
import lu.econnector.problem.entity.Problem;

/** Builds problem responses, for JAX-RS and for the servlet error page alike. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static Problem of(ProblemException e, String instance) {
        return new Problem(e.type().uri(), e.title(), e.status(), e.getMessage(), instance,
                RequestId.current().orElse(null), null, e.upstream(), e.errors(), e.codes());
    }

    /** A plain HTTP status as RFC 9457 section 4.2.1 has it: type about:blank, title the reason phrase. */
    static Problem ofStatus(int status, String detail, String instance) {
        return new Problem(Problem.ABOUT_BLANK, reasonPhrase(status), status, detail, instance,
                RequestId.current().orElse(null), null, null, List.of(), List.of());
    }

    static Response toResponse(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.toJson().toString())
                .build();
    }

    /**
     * The detail of a plain HTTP error. Fixed texts: the exceptions behind these statuses
     * may quote the request, which is not ours to echo.
     */
    static String standardDetail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "None of the accepted media types can be produced.";
            case 413 -> "The request body is larger than this server accepts.";
            case 415 -> "This media type is not accepted here.";
            case 500 -> "An unexpected error occurred; quote the requestId to support.";
            default -> "The request cannot be processed.";
        };
    }

    static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> status >= 500 ? "Server Error" : "Client Error";
        };
    }
}
