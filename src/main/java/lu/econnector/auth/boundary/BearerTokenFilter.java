package lu.econnector.auth.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.List;
import java.util.logging.Logger;
import lu.econnector.auth.control.AccessTokenValidator;
import lu.econnector.auth.control.InvalidTokenException;
import lu.econnector.auth.entity.Professional;
import lu.econnector.platform.AppLog;

/**
 * Authenticates every call of the vendor API ({@code /econnector/api/…}) before anything
 * else runs: the professional's AeS access token from {@code Authorization: Bearer}
 * (RFC 6750 section 2.1), validated locally. The professional becomes the request's
 * {@link SecurityContext} principal. Refusals are logged with their reason, never the token.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final Logger LOG = AppLog.of(BearerTokenFilter.class);
    private static final String SCHEME = "Bearer ";

    @Inject
    AccessTokenValidator validator;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!isVendorApi(request.getUriInfo().getPathSegments())) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw InvalidTokenException.missing();
        }
        try {
            Professional professional = validator.validate(header.substring(SCHEME.length()).trim());
            request.setSecurityContext(new ProfessionalContext(professional, request.getSecurityContext().isSecure()));
            LOG.fine(() -> "Authenticated " + professional);
        } catch (InvalidTokenException refused) {
            LOG.fine(() -> "Refused a bearer token: " + refused.getMessage());
            throw refused;
        }
    }

    /**
     * Decided on the segments JAX-RS matches resources on, without their matrix parameters:
     * the raw path of {@code /econnector/api;x/v1/templates} does not start with {@code api/},
     * yet it reaches the templates resource.
     */
    static boolean isVendorApi(List<PathSegment> segments) {
        return !segments.isEmpty() && segments.get(0).getPath().equals("api");
    }

    /** The professional as JAX-RS's security context. */
    private record ProfessionalContext(Professional professional, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return professional;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
