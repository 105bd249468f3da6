package lu.econnector.admin.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import lu.econnector.Fake;
import org.junit.jupiter.api.Test;
import org.pac4j.core.config.Config;
import org.pac4j.core.profile.CommonProfile;
import org.pac4j.core.profile.UserProfile;
import org.pac4j.core.util.Pac4jConstants;

/**
 * The second wall on its own: requests that reached the Faces servlet without the login
 * filter (as a path spelling that slipped past it would) are refused unless the session is
 * the operator's.
 */
class ConsoleViewWallTest {

    private static final String ROLE = "econnector-admin";
    private final ConsoleViewWall cut = new ConsoleViewWall(new Config(), ROLE);
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicBoolean rendered = new AtomicBoolean();

    @Test
    void anAnonymousRequestForAConsoleViewIsRefused() throws Exception {
        serve(request(DispatcherType.REQUEST, "/admin/configuration.xhtml", null, Map.of()));

        assertThat(rendered).isFalse();
        assertThat(status).hasValue(403);
    }

    @Test
    void aForwardOrAnIncludeOfAConsoleViewIsRefusedToo() throws Exception {
        serve(request(DispatcherType.FORWARD, "/admin/configuration.xhtml", null, Map.of()));
        assertThat(rendered).isFalse();

        serve(request(DispatcherType.INCLUDE, "/admin/signed-out.xhtml", null,
                Map.of(RequestDispatcher.INCLUDE_SERVLET_PATH, "/admin/configuration.xhtml")));
        assertThat(rendered).isFalse();
    }

    @Test
    void aViewUnderTheAssetsOrInAnotherCaseIsRefused() throws Exception {
        serve(request(DispatcherType.REQUEST, "/admin/assets/page.xhtml", null, Map.of()));
        assertThat(rendered).isFalse();

        serve(request(DispatcherType.REQUEST, "/ADMIN/configuration.xhtml", null, Map.of()));
        assertThat(rendered).isFalse();
    }

    @Test
    void aLoggedInUserWithoutTheRoleIsRefused() throws Exception {
        serve(request(DispatcherType.REQUEST, "/admin/configuration.xhtml", sessionOf(profileWith("doctor")), Map.of()));

        assertThat(rendered).isFalse();
        assertThat(status).hasValue(403);
    }

    @Test
    void theOperatorsSessionSeesTheView() throws Exception {
        serve(request(DispatcherType.REQUEST, "/admin/configuration.xhtml", sessionOf(profileWith(ROLE)), Map.of()));

        assertThat(rendered).isTrue();
        assertThat(status).hasValue(200);
    }

    @Test
    void thePublicPagesRenderForAnyone() throws Exception {
        serve(request(DispatcherType.REQUEST, "/admin/signed-out.xhtml", null, Map.of()));

        assertThat(rendered).isTrue();
    }

    private void serve(HttpServletRequest request) throws Exception {
        rendered.set(false);
        HttpServletResponse response = Fake.of(HttpServletResponse.class, (method, arguments) -> switch (method) {
            case "sendError" -> {
                status.set((Integer) arguments[0]);
                yield null;
            }
            default -> throw Fake.unexpected(method);
        });
        cut.doFilter(request, response, (req, res) -> rendered.set(true));
    }

    private static CommonProfile profileWith(String role) {
        CommonProfile profile = new CommonProfile();
        profile.setId("someone");
        profile.addRole(role);
        return profile;
    }

    /** A session holding the profile where pac4j's session store keeps it. */
    private static HttpSession sessionOf(UserProfile profile) {
        LinkedHashMap<String, UserProfile> profiles = new LinkedHashMap<>();
        profiles.put("ConsoleOidcClient", profile);
        return Fake.of(HttpSession.class, (method, arguments) -> switch (method) {
            case "getAttribute" -> Pac4jConstants.USER_PROFILES.equals(arguments[0]) ? profiles : null;
            case "getId" -> "session";
            default -> throw Fake.unexpected(method);
        });
    }

    private static HttpServletRequest request(DispatcherType type, String servletPath, HttpSession session,
                                              Map<String, Object> attributes) {
        Map<String, Object> requestAttributes = new HashMap<>(attributes);
        return Fake.of(HttpServletRequest.class, (method, arguments) -> switch (method) {
            case "getDispatcherType" -> type;
            case "getServletPath" -> servletPath;
            case "getPathInfo" -> null;
            case "getAttribute" -> requestAttributes.get((String) arguments[0]);
            case "setAttribute" -> requestAttributes.put((String) arguments[0], arguments[1]);
            case "getSession" -> session;
            case "getRequestURI" -> servletPath;
            case "getMethod" -> "GET";
            default -> throw Fake.unexpected(method);
        });
    }
}
