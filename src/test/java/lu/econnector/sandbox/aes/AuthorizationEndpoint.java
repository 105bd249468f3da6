package lu.econnector.sandbox.aes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import lu.econnector.sandbox.Http;

/**
 * The authorization endpoint (OpenID Connect Core 3.1.2): GET shows the login form, the
 * form's POST logs the user in and redirects back with a code. Only the code flow with
 * PKCE S256 is accepted, as AeS requires. Until the client and redirect URI are known to be
 * right, errors are shown here; after that they go back to the client (RFC 6749 4.1.2.1).
 */
final class AuthorizationEndpoint implements HttpHandler {

    private final AuthorizationCodes codes;
    private final int sandboxPort;

    AuthorizationEndpoint(AuthorizationCodes codes, int sandboxPort) {
        this.codes = codes;
        this.sandboxPort = sandboxPort;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        boolean submitted = exchange.getRequestMethod().equals("POST");
        Map<String, String> params = submitted ? Http.form(Http.body(exchange)) : Http.query(exchange);
        Optional<SandboxClient> client = SandboxClient.byId(params.get("client_id"));
        String redirectUri = params.get("redirect_uri");
        if (client.isEmpty() || !client.get().accepts(redirectUri, sandboxPort)) {
            Http.html(exchange, 400, LoginPage.error("Unknown client or redirect URI not registered for it."));
            return;
        }
        String error = requestError(params);
        if (error != null) {
            redirect(exchange, redirectUri, "error=invalid_request&error_description="
                    + URLEncoder.encode(error, StandardCharsets.UTF_8), params.get("state"));
            return;
        }
        if (!submitted) {
            Http.html(exchange, 200, LoginPage.form(params, null));
            return;
        }
        Optional<SandboxUser> user = SandboxUser.authenticate(params.get("username"), params.get("password"));
        if (user.isEmpty()) {
            Http.html(exchange, 401, LoginPage.form(params, "Invalid username or password."));
            return;
        }
        String code = codes.issue(user.get(), client.get().id(), redirectUri, params.get("code_challenge"),
                params.get("nonce"));
        redirect(exchange, redirectUri, "code=" + code, params.get("state"));
    }

    private static String requestError(Map<String, String> params) {
        if (!"code".equals(params.get("response_type"))) {
            return "response_type must be code";
        }
        if (!"S256".equals(params.get("code_challenge_method"))) {
            return "PKCE with code_challenge_method=S256 is required";
        }
        String challenge = params.get("code_challenge");
        if (challenge == null || !challenge.matches("[A-Za-z0-9_-]{43}")) {
            return "code_challenge must be a BASE64URL SHA-256 (43 characters)";
        }
        return null;
    }

    private static void redirect(HttpExchange exchange, String redirectUri, String result, String state)
            throws IOException {
        String location = redirectUri + "?" + result
                + (state == null ? "" : "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
        Http.redirect(exchange, location);
    }
}
