package lu.econnector.platform;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the request being served on this thread. A caller's {@code X-Request-Id} is
 * kept when it is a plain token (so vendors can correlate with their own logs); anything
 * else is replaced, since it would end up in our logs and response headers.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestId() {
    }

    /** The caller's id when acceptable, a new random one otherwise. */
    public static String fromCaller(String header) {
        return header != null && ACCEPTED.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static void bind(String requestId) {
        CURRENT.set(requestId);
    }

    public static void unbind() {
        CURRENT.remove();
    }
}
