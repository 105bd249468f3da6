package lu.econnector.admin.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The path the container serves for a request: its servlet path and path info, decoded and
 * with dot segments resolved (Servlet 6.0 section 3.5), or, inside an include, the included
 * resource's. What the console's access rules decide on, rather than {@code getRequestURI()}.
 */
final class ServedPath {

    private ServedPath() {
    }

    static String of(HttpServletRequest request) {
        if (request.getDispatcherType() == DispatcherType.INCLUDE
                && request.getAttribute(RequestDispatcher.INCLUDE_SERVLET_PATH) instanceof String servletPath) {
            return servletPath + orEmpty(request.getAttribute(RequestDispatcher.INCLUDE_PATH_INFO));
        }
        return request.getServletPath() + orEmpty(request.getPathInfo());
    }

    private static String orEmpty(Object pathInfo) {
        return pathInfo instanceof String info ? info : "";
    }
}
