package lu.econnector.admin.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.EnumSet;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import lu.econnector.admin.control.ConsoleLogin;
import lu.econnector.config.boundary.Configuration;
import lu.econnector.config.boundary.UpstreamTrust;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.config.entity.InvalidConfigurationException;
import lu.econnector.platform.AppLog;
import org.pac4j.core.config.Config;
import org.pac4j.jee.filter.CallbackFilter;
import org.pac4j.jee.filter.LogoutFilter;
import org.pac4j.jee.filter.SecurityFilter;

/**
 * Puts the console's filters on {@code /admin/*}, after the request id, the refusal of
 * ambiguous paths and the body limit of web.xml, in this order: the guard (security headers,
 * same-origin POSTs, POST-only logout), pac4j's callback and logout, then pac4j's security
 * filter (login, admin role); and the view wall on the Faces servlet. Registered here rather
 * than in web.xml because pac4j's configuration is built from the typed configuration.
 * Without a client secret the console stays closed.
 */
@WebListener
public class ConsoleFilters implements ServletContextListener {

    private static final Logger LOG = AppLog.of(ConsoleFilters.class);
    static final String PAGES = "consolePages";
    /** The Faces servlet's name in web.xml. */
    static final String FACES_SERVLET = "facesServlet";

    /**
     * Not the configuration itself: this listener is built before the startup gate runs, and
     * injecting a refused configuration would fail the deployment before the gate prints the
     * terms of use and the reasons.
     */
    @Inject
    Configuration configuration;

    @Inject
    UpstreamTrust trust;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        EconnectorConfig config;
        try {
            config = configuration.config();
        } catch (InvalidConfigurationException refused) {
            return; // the startup gate fails the deployment and says why
        }
        EconnectorConfig.AdminConsole console = config.adminConsole();
        add(context, "consoleGuard", new ConsoleGuardFilter(console.issuer()), "/admin/*", "/admin");
        if (!console.enabled()) {
            LOG.info("Admin console closed: ADMIN_OIDC_CLIENT_SECRET is not set");
            add(context, "consoleClosed", new ConsoleClosedFilter(), "/admin/*", "/admin");
            addViewWall(context, new ConsoleViewWall(new Config(), console.role()));
            return;
        }
        Config pac4j = ConsoleLogin.config(console, trust.sslContext(), config.limits().connectTimeout(),
                config.limits().readTimeout(), new ConsoleActions());
        pac4j.addMatcher(PAGES, new ConsolePages());
        CallbackFilter callback = new CallbackFilter(pac4j, "/admin/");
        callback.setRenewSession(true); // no session fixation across the login
        add(context, "consoleCallback", callback, ConsoleLogin.CALLBACK_PATH);
        LogoutFilter logout = new LogoutFilter(pac4j, ConsoleLogin.SIGNED_OUT_PATH);
        // pac4j follows a "url" parameter matching this pattern; its default takes any path
        // starting with one slash, "/\evil.example" included, which browsers read as
        // "//evil.example". The console never sends one: only the signed-out page is a target.
        logout.setLogoutUrlPattern(Pattern.quote(ConsoleLogin.SIGNED_OUT_PATH));
        logout.setLocalLogout(true);
        logout.setDestroySession(true);
        logout.setCentralLogout(true);
        add(context, "consoleLogout", logout, ConsoleLogin.LOGOUT_PATH);
        SecurityFilter security = new SecurityFilter(pac4j, ConsoleLogin.CLIENT, ConsoleLogin.ADMIN);
        security.setMatchers(PAGES);
        add(context, "consoleLogin", security, "/admin/*", "/admin");
        addViewWall(context, new ConsoleViewWall(pac4j, console.role()));
        LOG.info(() -> "Admin console at /admin/, login at " + console.issuer() + " as client "
                + console.clientId() + ", role " + console.role() + " in claim " + console.roleClaim());
    }

    /** On the Faces servlet by name, for every kind of dispatch: no path spelling or forward avoids it. */
    private static void addViewWall(ServletContext context, ConsoleViewWall wall) {
        FilterRegistration.Dynamic registration = context.addFilter("consoleViewWall", wall);
        registration.setAsyncSupported(true);
        registration.addMappingForServletNames(EnumSet.allOf(DispatcherType.class), true, FACES_SERVLET);
    }

    private static void add(ServletContext context, String name, Filter filter, String... patterns) {
        FilterRegistration.Dynamic registration = context.addFilter(name, filter);
        registration.setAsyncSupported(true);
        registration.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, patterns);
    }
}
