package lu.econnector.problem.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lu.econnector.platform.RequestId;

/**
 * Gives every request its id before anything else runs (the caller's, or a new one), puts
 * it on the response and on the serving thread for the logs, and adds the headers every
 * response of a healthcare API should carry.
 */
@WebFilter(filterName = "requestId", asyncSupported = true) // mapped first in web.xml
public class RequestIdFilter extends HttpFilter {

    static final String ATTRIBUTE = RequestIdFilter.class.getName();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestId = request.getAttribute(ATTRIBUTE) instanceof String known
                ? known
                : RequestId.fromCaller(request.getHeader(RequestId.HEADER));
        request.setAttribute(ATTRIBUTE, requestId);
        response.setHeader(RequestId.HEADER, requestId);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        RequestId.bind(requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            RequestId.unbind();
        }
    }
}
