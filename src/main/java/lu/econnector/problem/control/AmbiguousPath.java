package lu.econnector.problem.control;

import java.util.Optional;

/**
 * Finds what makes a request path ambiguous: a spelling that the container, a filter matching
 * the raw URI and a library decoding it again could each read as a different path (the
 * path-confusion family of CWE-22 and CWE-436). Such a path is refused before any filter
 * decides on it, since no correct client needs one: browsers and HTTP libraries resolve dot
 * segments and never encode unreserved characters (RFC 3986 sections 5.2.4 and 2.3).
 *
 * <p>Works on the raw path ({@code HttpServletRequest.getRequestURI()}: undecoded, with its
 * path parameters, without the query). A trailing slash is fine; {@code ;jsessionid} is not,
 * since the session is tracked by cookie only (web.xml).
 */
public final class AmbiguousPath {

    private AmbiguousPath() {
    }

    /** The reason this raw path is ambiguous, or empty when it has one reading only. */
    public static Optional<String> in(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.of("not an absolute path");
        }
        if (rawPath.indexOf(';') >= 0) {
            return Optional.of("path parameter");
        }
        if (rawPath.contains("//")) {
            return Optional.of("empty segment");
        }
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '\\' || c <= ' ' || c >= 0x7f) {
                return Optional.of("character to be encoded");
            }
            if (c == '%') {
                Optional<String> encoding = encodingAt(rawPath, i);
                if (encoding.isPresent()) {
                    return encoding;
                }
            }
        }
        for (String segment : rawPath.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("dot segment");
            }
        }
        return Optional.empty();
    }

    /**
     * A percent-encoding that changes the path's structure once decoded ({@code / \ ; %} and
     * control characters, NUL included) or that spells an unreserved character another way
     * ({@code %2e} for a dot, {@code %61} for an a), or a malformed one.
     */
    private static Optional<String> encodingAt(String rawPath, int percent) {
        if (percent + 2 >= rawPath.length()) {
            return Optional.of("malformed percent-encoding");
        }
        int high = Character.digit(rawPath.charAt(percent + 1), 16);
        int low = Character.digit(rawPath.charAt(percent + 2), 16);
        if (high < 0 || low < 0) {
            return Optional.of("malformed percent-encoding");
        }
        char decoded = (char) (high * 16 + low);
        if (decoded == '/' || decoded == '\\' || decoded == ';' || decoded == '%' || decoded < ' ' || decoded == 0x7f) {
            return Optional.of("encoded separator or control character");
        }
        if (unreserved(decoded)) {
            return Optional.of("encoded unreserved character");
        }
        return Optional.empty();
    }

    /** RFC 3986 section 2.3. */
    private static boolean unreserved(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
