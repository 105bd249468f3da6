package lu.econnector.sandbox;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The little HTTP the simulators need on top of the JDK server. */
public final class Http {

    /**
     * The JSON provider, found once: each {@code Json.createX} looks it up again through the
     * service loader, a scan of the class path's jars per call.
     */
    public static final JsonProvider JSON = JsonProvider.provider();

    private Http() {
    }

    public static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    /** The request body as a JSON object; null when it is not one. */
    public static JsonObject jsonBody(HttpExchange exchange) throws IOException {
        try {
            return JSON.createReader(new StringReader(body(exchange))).readObject();
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** {@code application/x-www-form-urlencoded} body, or the query string. */
    public static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            values.putIfAbsent(name, value);
        }
        return values;
    }

    public static Map<String, String> query(HttpExchange exchange) {
        return form(exchange.getRequestURI().getRawQuery());
    }

    public static void json(HttpExchange exchange, int status, JsonStructure body) throws IOException {
        send(exchange, status, "application/json", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The KMS-style error body of docs/upstreams.md: {@code {"error":…,"message":…}}. */
    public static void error(HttpExchange exchange, int status, String error, String message) throws IOException {
        json(exchange, status, JSON.createObjectBuilder().add("error", error).add("message", message).build());
    }

    public static void html(HttpExchange exchange, int status, String html) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    public static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** 405 unless the request uses the method; answers it and returns false then. */
    public static boolean method(HttpExchange exchange, String method) throws IOException {
        if (exchange.getRequestMethod().equalsIgnoreCase(method)) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", method);
        error(exchange, 405, "method_not_allowed", "use " + method);
        return false;
    }

    public static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
