package lu.econnector.pipeline.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import lu.econnector.auth.entity.Professional;
import lu.econnector.mysecu.control.MessageIds;
import lu.econnector.pipeline.control.IdempotentSubmissions;
import lu.econnector.problem.control.RequestMessageId;

/**
 * Fixes the mySecu message id of a submission or a deposit once the professional is known and
 * before anything else is done, and names it on every answer ({@link RequestMessageId#HEADER};
 * the exception mapper adds it to problems): a 422 for invalid data or a 504 from mySecu names it
 * as a receipt does (docs/api.md). With an {@code Idempotency-Key} the id is scoped to
 * the professional and the vendor ({@link MessageIds#scoped}), without one it is new.
 * A malformed key is refused here (400), as no message id can be made of it.
 */
@Provider
@DepositsOnMySecu
@Priority(Priorities.USER) // after BearerTokenFilter (AUTHENTICATION): the professional is known
public class MessageIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    RequestMessageId messageId;

    @Override
    public void filter(ContainerRequestContext request) {
        Professional professional = (Professional) request.getSecurityContext().getUserPrincipal();
        String key = request.getHeaderString(IDEMPOTENCY_KEY);
        messageId.fix(key == null ? MessageIds.random() : MessageIds.scoped(professional.psCode(),
                professional.clientId(), IdempotentSubmissions.checked(key)));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        messageId.value().ifPresent(id -> response.getHeaders().putSingle(RequestMessageId.HEADER, id));
    }
}
