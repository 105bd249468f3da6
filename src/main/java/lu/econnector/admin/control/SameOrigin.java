package lu.econnector.admin.control;

import java.net.URI;
import java.util.Locale;

/**
 * The console's check against cross-site request forgery, beside Faces' view state: a
 * state-changing request must come from a page of the console's own origin, as its
 * {@code Origin} header says, or, from a browser that sent none, its {@code Referer}
 * (OWASP CSRF Prevention Cheat Sheet, "Verifying Origin With Standard Headers"). A request
 * with neither is refused: every browser sends one of them on a POST.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    public static boolean safeMethod(String method) {
        return switch (method) {
            case "GET", "HEAD", "OPTIONS" -> true;
            default -> false;
        };
    }

    /**
     * @param ownOrigin {@code scheme://host[:port]} of the console as this request reached it
     * @param origin    the request's {@code Origin} header, or null
     * @param referer   the request's {@code Referer} header, or null
     */
    public static boolean allows(String ownOrigin, String origin, String referer) {
        String own = normalise(ownOrigin);
        if (own == null) {
            return false;
        }
        if (origin != null) {
            return own.equals(normalise(origin));
        }
        return referer != null && own.equals(normalise(referer));
    }

    /** {@code scheme://host:port} in lower case with the default port made explicit; null when unparseable. */
    static String normalise(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
