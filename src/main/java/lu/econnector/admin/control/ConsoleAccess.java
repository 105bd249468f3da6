package lu.econnector.admin.control;

import java.util.Collection;
import java.util.Set;
import org.pac4j.core.profile.AnonymousProfile;
import org.pac4j.core.profile.UserProfile;

/**
 * Who may see what of the console, decided on the path the container serves (servlet path and
 * path info: decoded, dot segments resolved), never on the raw request URI, which can spell
 * the same page in many ways. Two walls use it: the login filter on {@code /admin/*}, and the
 * check in front of every Faces view, which holds even if a request slips past the first.
 */
public final class ConsoleAccess {

    static final String ASSETS = "/admin/assets/";
    /** Where Faces serves its library files (scripts, styles): resources, never views. */
    static final String FACES_RESOURCES = "/jakarta.faces.resource/";
    static final Set<String> PUBLIC_PAGES = Set.of(ConsoleLogin.LOGIN_FAILED_PATH, ConsoleLogin.SIGNED_OUT_PATH);

    private ConsoleAccess() {
    }

    /**
     * Whether the login filter asks for the operator: everything under {@code /admin/} but the
     * static assets and the two pages shown around a login (which render no data).
     */
    public static boolean needsOperator(String servedPath) {
        return !(servedPath.startsWith(ASSETS) || PUBLIC_PAGES.contains(servedPath));
    }

    /**
     * Whether a Faces view may render without the operator: the two public pages and Faces'
     * resources only. A view anywhere else, under the assets or outside {@code /admin/} (as
     * {@code /ADMIN/…} would be on a case-insensitive file system), needs the operator.
     */
    public static boolean isPublicView(String servedPath) {
        return PUBLIC_PAGES.contains(servedPath) || servedPath.startsWith(FACES_RESOURCES);
    }

    /** Whether these are the profiles of an operator: logged in (not anonymous) and holding the admin role. */
    public static boolean isOperator(Collection<? extends UserProfile> profiles, String role) {
        return profiles.stream().anyMatch(profile -> !(profile instanceof AnonymousProfile)
                && !profile.isExpired() && profile.getRoles().contains(role));
    }
}
