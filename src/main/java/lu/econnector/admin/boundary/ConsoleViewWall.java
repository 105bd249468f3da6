package lu.econnector.admin.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;
import lu.econnector.admin.control.ConsoleAccess;
import lu.econnector.platform.AppLog;
import org.pac4j.core.config.Config;
import org.pac4j.core.profile.ProfileManager;
import org.pac4j.core.profile.UserProfile;
import org.pac4j.jee.context.JEEContext;
import org.pac4j.jee.context.JEEFrameworkParameters;
import org.pac4j.jee.context.session.JEESessionStoreFactory;

/**
 * The console's second wall: in front of the Faces servlet itself, for every dispatch
 * (request, forward, include, error, async), a view renders only for the operator's logged-in
 * session, whatever path led to it. The login filter on {@code /admin/*} is the first wall;
 * were a spelling of a page ever to slip past it, the page would still refuse.
 */
class ConsoleViewWall extends HttpFilter {

    private static final Logger LOG = AppLog.of(ConsoleViewWall.class);
    private final Config pac4j;
    private final String role;

    /**
     * @param pac4j the console's login configuration; one without clients when the console is
     *              closed (no one ever logs in then)
     * @param role  the admin role
     */
    ConsoleViewWall(Config pac4j, String role) {
        this.pac4j = pac4j;
        this.role = role;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = ServedPath.of(request);
        if (ConsoleAccess.isPublicView(path) || ConsoleAccess.isOperator(profiles(request, response), role)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning(() -> "Admin console: refused the view " + path + " (" + request.getDispatcherType()
                + ") to a request without the operator's login");
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /** The pac4j profiles of this request or its session; reading them never creates a session. */
    private List<UserProfile> profiles(HttpServletRequest request, HttpServletResponse response) {
        ProfileManager manager = new ProfileManager(new JEEContext(request, response),
                JEESessionStoreFactory.INSTANCE.newSessionStore(new JEEFrameworkParameters(request, response)));
        manager.setConfig(pac4j);
        return manager.getProfiles();
    }
}
