package lu.econnector.sandbox.aes;

import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import lu.econnector.sandbox.Http;

/**
 * The token endpoint (RFC 6749 section 3.2): client authentication (Basic or in the body,
 * section 2.3.1), then the grants {@code authorization_code} with the PKCE verifier
 * (RFC 7636 section 4.5), {@code refresh_token}, and {@code password} for the vendor client,
 * as Keycloak's direct access grants. Errors as section 5.2 has them.
 */
final class TokenEndpoint implements HttpHandler {

    private final AesKeys keys;
    private final AuthorizationCodes codes;
    private final TokenMinter minter;

    TokenEndpoint(AesKeys keys, AuthorizationCodes codes) {
        this.keys = keys;
        this.codes = codes;
        this.minter = new TokenMinter(keys);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!Http.method(exchange, "POST")) {
            return;
        }
        Map<String, String> form = Http.form(Http.body(exchange));
        Optional<SandboxClient> client = authenticate(exchange, form);
        if (client.isEmpty()) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"default\"");
            oauthError(exchange, 401, "invalid_client", "client authentication failed");
            return;
        }
        JsonObject tokens = switch (form.getOrDefault("grant_type", "")) {
            case "authorization_code" -> authorizationCode(client.get(), form);
            case "refresh_token" -> refresh(client.get(), form);
            case "password" -> password(client.get(), form);
            default -> error("unsupported_grant_type", "grant_type not supported");
        };
        Http.json(exchange, tokens.containsKey("error") ? 400 : 200, tokens);
    }

    private JsonObject authorizationCode(SandboxClient client, Map<String, String> form) {
        Optional<AuthorizationCodes.Grant> grant = codes.redeem(form.get("code"));
        if (grant.isEmpty() || !grant.get().clientId().equals(client.id())
                || !grant.get().redirectUri().equals(form.get("redirect_uri"))) {
            return error("invalid_grant", "code unknown, used, expired, or issued for another client or redirect");
        }
        if (!AuthorizationCodes.verifierMatches(form.get("code_verifier"), grant.get().codeChallenge())) {
            return error("invalid_grant", "PKCE verification failed");
        }
        return minter.tokens(grant.get().user(), client, grant.get().nonce());
    }

    private JsonObject refresh(SandboxClient client, Map<String, String> form) {
        Optional<JWTClaimsSet> claims = Optional.ofNullable(form.get("refresh_token")).flatMap(keys::verify)
                .filter(c -> "Refresh".equals(c.getClaim("typ")) && client.id().equals(c.getClaim("azp")));
        Optional<SandboxUser> user = claims.flatMap(c -> SandboxUser.byUsername((String) c.getClaim("preferred_username")));
        return user.map(u -> minter.tokens(u, client, null))
                .orElseGet(() -> error("invalid_grant", "refresh token not valid"));
    }

    private JsonObject password(SandboxClient client, Map<String, String> form) {
        if (!client.directAccessGrants()) {
            return error("unauthorized_client", "direct access grants are not enabled for this client");
        }
        return SandboxUser.authenticate(form.get("username"), form.get("password"))
                .map(user -> minter.tokens(user, client, null))
                .orElseGet(() -> error("invalid_grant", "invalid user credentials"));
    }

    private static Optional<SandboxClient> authenticate(HttpExchange exchange, Map<String, String> form) {
        String id = form.get("client_id");
        String secret = form.get("client_secret");
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            try {
                String decoded = new String(Base64.getDecoder().decode(basic.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon < 0) {
                    return Optional.empty();
                }
                // RFC 6749 section 2.3.1: both parts are form-urlencoded before Basic encoding.
                id = URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
                secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        }
        String presented = secret;
        return SandboxClient.byId(id).filter(c -> c.secret().equals(presented));
    }

    private static JsonObject error(String code, String description) {
        return Http.JSON.createObjectBuilder().add("error", code).add("error_description", description).build();
    }

    private static void oauthError(HttpExchange exchange, int status, String code, String description)
            throws IOException {
        Http.json(exchange, status, error(code, description));
    }
}
