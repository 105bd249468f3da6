package lu.econnector.admin.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The console without a client secret to log in with: closed, and saying which variable opens it. */
class ConsoleClosedFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("The admin console is closed: set ADMIN_OIDC_CLIENT_SECRET (and its identity "
                + "provider) to open it.\n");
    }
}
