package lu.econnector.problem.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import lu.econnector.platform.AppLog;
import lu.econnector.problem.entity.Problem;

/**
 * The container's error page (web.xml): errors raised outside JAX-RS, such as an unknown
 * path, a body over the size limit or a failure in a filter, get the same problem+json body
 * as the API's own errors instead of the server's HTML page.
 */
@WebServlet(name = "problemErrorPage", urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/_problem";
    private static final Logger LOG = AppLog.of(ErrorPageServlet.class);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given && given >= 400 ? given : 404;
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable thrown) {
            status = 500;
            LOG.log(Level.SEVERE, "Unhandled failure outside JAX-RS", thrown);
        }
        String instance = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri : request.getRequestURI();
        Problem problem = ProblemResponses.ofStatus(status, ProblemResponses.standardDetail(status), instance);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problem.toJson().toString());
    }
}
