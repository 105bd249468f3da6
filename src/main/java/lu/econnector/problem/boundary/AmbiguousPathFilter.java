package lu.econnector.problem.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import lu.econnector.problem.control.AmbiguousPath;
import lu.econnector.platform.AppLog;
import lu.econnector.problem.entity.Problem;

/**
 * Refuses, with a 400 problem, every request whose path can be read two ways, before any
 * filter or servlet decides on it: {@code /admin/assets/%2e%2e/configuration.xhtml} was an
 * asset to the console's login filter and the configuration page to the container. Mapped
 * right after the request id in web.xml, on the whole application: the API's filters match
 * paths too.
 */
@WebFilter(filterName = "ambiguousPath", asyncSupported = true)
public class AmbiguousPathFilter extends HttpFilter {

    private static final Logger LOG = AppLog.of(AmbiguousPathFilter.class);
    static final String DETAIL = "The request path is ambiguous (a dot segment, a path parameter, an empty segment "
            + "or a needless percent-encoding); send it in its plain form.";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> ambiguity = AmbiguousPath.in(request.getRequestURI());
        if (ambiguity.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        LOG.fine(() -> "Refused an ambiguous request path: " + ambiguity.get());
        // No instance member: the path is the attacker's text, not worth echoing.
        Problem problem = ProblemResponses.ofStatus(HttpServletResponse.SC_BAD_REQUEST, DETAIL, null);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problem.toJson().toString());
    }
}
