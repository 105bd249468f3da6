package lu.econnector.problem.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * JSON bodies are UTF-8 (RFC 8259 section 8.1): a {@code charset} parameter naming anything
 * else is 415, before the body is decoded. Decoding it as declared would answer a charset the
 * JVM does not know with a 500, and one it knows with data the vendor did not mean.
 * A JSON body without the parameter is read as UTF-8.
 */
@Provider
@Priority(Priorities.ENTITY_CODER) // after the token check, before a deposit's message id is made
public class JsonCharsetFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !isJson(type)) {
            return;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !isUtf8(charset)) {
            throw new NotSupportedException();
        }
    }

    private static boolean isJson(MediaType type) {
        return "application".equalsIgnoreCase(type.getType())
                && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }

    private static boolean isUtf8(String charset) {
        String name = charset.strip();
        if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1);
        }
        return StandardCharsets.UTF_8.name().equalsIgnoreCase(name) || "utf8".equalsIgnoreCase(name);
    }
}
