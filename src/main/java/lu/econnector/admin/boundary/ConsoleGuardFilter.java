package lu.econnector.admin.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.logging.Logger;
import lu.econnector.admin.control.ConsoleLogin;
import lu.econnector.admin.control.SameOrigin;
import lu.econnector.platform.AppLog;

/**
 * What every console response carries, and the refusal of cross-origin state changes.
 * The policy allows no inline script or style at all (the pages' only script is a static
 * file), no framing, and form submissions only to the console itself or, for the logout's
 * redirect, to the identity provider. Console pages hold operational data: never cached.
 * Logging out is a change of state too: POST only, or any page on the web could log the
 * operator out with an image pointing at it.
 */
class ConsoleGuardFilter extends HttpFilter {

    private static final Logger LOG = AppLog.of(ConsoleGuardFilter.class);
    private final String policy;

    ConsoleGuardFilter(URI identityProvider) {
        String provider = identityProvider.getScheme() + "://" + identityProvider.getRawAuthority();
        this.policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                + "connect-src 'self'; form-action 'self' " + provider + "; frame-ancestors 'none'; base-uri 'none'";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        // Not no-referrer (the API's policy): with it, browsers send "Origin: null" on POSTs.
        response.setHeader("Referrer-Policy", "same-origin");
        if (ServedPath.of(request).equals(ConsoleLogin.LOGOUT_PATH) && !request.getMethod().equals("POST")) {
            response.setHeader("Allow", "POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (!SameOrigin.safeMethod(request.getMethod()) && !SameOrigin.allows(ownOrigin(request),
                request.getHeader("Origin"), request.getHeader("Referer"))) {
            LOG.warning(() -> "Admin console: refused a " + request.getMethod() + " to " + request.getRequestURI()
                    + " from another origin (Origin " + request.getHeader("Origin") + ")");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The origin the browser addressed: the scheme the server saw and the Host header it sent. */
    private static String ownOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return request.getScheme() + "://" + (host != null ? host : request.getServerName() + ":" + request.getServerPort());
    }
}
