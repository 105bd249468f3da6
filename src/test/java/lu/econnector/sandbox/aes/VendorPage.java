package lu.econnector.sandbox.aes;

import static lu.econnector.sandbox.Http.escapeHtml;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import lu.econnector.sandbox.Http;
import lu.econnector.sandbox.SandboxServer;

/**
 * {@code /vendor/}: plays the vendor's practice software. "Log in" starts the Authorization
 * Code flow with PKCE (RFC 7636) as client {@code sandbox-vendor}; the callback exchanges the
 * code at the token endpoint over HTTPS, as a real client does, and shows the access token
 * ready to paste into the eConnector's Swagger UI.
 */
final class VendorPage {

    private final String issuer;
    private final URI callback;
    private final HttpClient http;
    private final Map<String, String> verifiersByState = new ConcurrentHashMap<>();

    VendorPage(String issuer, URI sandboxBase, SSLContext trust) {
        this.issuer = issuer;
        this.callback = sandboxBase.resolve("vendor/callback");
        this.http = HttpClient.newBuilder().sslContext(trust).build();
    }

    void register(SandboxServer server) {
        server.route("/vendor/callback", this::callback);
        server.route("/vendor/", this::home);
    }

    private void home(HttpExchange exchange) throws IOException {
        String state = AuthorizationCodes.random();
        String verifier = AuthorizationCodes.random() + AuthorizationCodes.random();
        verifiersByState.put(state, verifier);
        String login = issuer + "/protocol/openid-connect/auth?response_type=code&scope=openid"
                + "&client_id=" + SandboxClient.VENDOR.id()
                + "&redirect_uri=" + encode(callback.toString())
                + "&state=" + state
                + "&code_challenge=" + AuthorizationCodes.s256(verifier) + "&code_challenge_method=S256";
        Http.html(exchange, 200, page("<h1>Vendor SaaS (sandbox)</h1><p><a href=\"" + escapeHtml(login)
                + "\">Log in with eSanté</a></p>"));
    }

    private void callback(HttpExchange exchange) throws IOException {
        Map<String, String> params = Http.query(exchange);
        String verifier = params.get("state") == null ? null : verifiersByState.remove(params.get("state"));
        if (verifier == null || params.get("code") == null) {
            Http.html(exchange, 400, page("<p>Login failed or state unknown: <a href=\"/vendor/\">try again</a>. "
                    + escapeHtml(params.getOrDefault("error_description", "")) + "</p>"));
            return;
        }
        JsonObject tokens = exchangeCode(params.get("code"), verifier);
        if (!tokens.containsKey("access_token")) {
            Http.html(exchange, 502, page("<p>Token request refused: " + escapeHtml(tokens.toString()) + "</p>"));
            return;
        }
        Http.html(exchange, 200, page("""
                <h1>Logged in</h1>
                <p>The professional's access token (valid %d s). Paste it into the eConnector's Swagger UI
                (<em>Authorize</em>), or send it as <code>Authorization: Bearer …</code>:</p>
                <textarea id="access-token" rows="12" cols="80" readonly>%s</textarea>
                <p><a href="/vendor/">Log in again</a></p>""".formatted(tokens.getInt("expires_in"),
                escapeHtml(tokens.getString("access_token")))));
    }

    private JsonObject exchangeCode(String code, String verifier) throws IOException {
        String form = "grant_type=authorization_code&code=" + encode(code) + "&redirect_uri=" + encode(callback.toString())
                + "&client_id=" + SandboxClient.VENDOR.id() + "&client_secret=" + SandboxClient.VENDOR.secret()
                + "&code_verifier=" + verifier;
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            return Http.JSON.createReader(new StringReader(body)).readObject();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (RuntimeException notJson) {
            return Http.JSON.createObjectBuilder().add("error", "not JSON").build();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Vendor SaaS (sandbox)</title>"
                + "<style>body{font-family:sans-serif;max-width:48em;margin:3em auto}</style></head><body>"
                + body + "</body></html>";
    }
}
