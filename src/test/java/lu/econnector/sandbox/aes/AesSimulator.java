package lu.econnector.sandbox.aes;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import lu.econnector.sandbox.Http;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.Simulator;

/**
 * The eSanté identity provider (AeS) of the sandbox: a Keycloak-shaped OpenID Connect
 * provider for realm {@code default} (docs/upstreams.md section 1) with discovery, JWKS, the
 * Authorization Code flow with PKCE, the token endpoint, logout, and the vendor's page that
 * plays a practice software logging a professional in.
 */
public final class AesSimulator implements Simulator {

    static final String JSON = "application/json";
    static final String TRUNCATED_JSON = "{\"issuer\":\"https://localhost";

    private final AesKeys keys;
    private final AuthorizationCodes codes = new AuthorizationCodes();

    public AesSimulator(AesKeys keys) {
        this.keys = keys;
    }

    @Override
    public void register(SandboxServer server) {
        String realm = SandboxServer.REALM;
        String oidc = realm + "/protocol/openid-connect";
        server.route(realm + "/.well-known/openid-configuration", "aes", "discovery", JSON, TRUNCATED_JSON,
                exchange -> {
                    if (Http.method(exchange, "GET")) {
                        Http.json(exchange, 200, discovery());
                    }
                });
        server.route(oidc + "/certs", "aes", "jwks", JSON, TRUNCATED_JSON, exchange -> {
            if (Http.method(exchange, "GET")) {
                Http.send(exchange, 200, JSON, keys.serveJwks().toString().getBytes(StandardCharsets.UTF_8));
            }
        });
        server.route(oidc + "/auth", "aes", "auth", "text/html", "<html><body><form", new AuthorizationEndpoint(
                codes, server.port()));
        server.route(oidc + "/token", "aes", "token", JSON, TRUNCATED_JSON, new TokenEndpoint(keys, codes));
        server.route(oidc + "/logout", "aes", "logout", "text/html", "<html", exchange -> {
            String back = Http.query(exchange).get("post_logout_redirect_uri");
            if (back != null && back.startsWith("https://localhost:")) {
                Http.redirect(exchange, back);
            } else {
                Http.html(exchange, 200, LoginPage.error("You are logged out."));
            }
        });
        try {
            new VendorPage(keys.issuer(), server.base(), server.ca().clientContext()).register(server);
        } catch (java.security.GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot trust the sandbox's own certificate", e);
        }
    }

    private JsonObject discovery() {
        String issuer = keys.issuer();
        String oidc = issuer + "/protocol/openid-connect";
        return Http.JSON.createObjectBuilder()
                .add("issuer", issuer)
                .add("authorization_endpoint", oidc + "/auth")
                .add("token_endpoint", oidc + "/token")
                .add("jwks_uri", oidc + "/certs")
                .add("end_session_endpoint", oidc + "/logout")
                .add("response_types_supported", Http.JSON.createArrayBuilder().add("code"))
                .add("grant_types_supported", Http.JSON.createArrayBuilder()
                        .add("authorization_code").add("refresh_token").add("password"))
                .add("subject_types_supported", Http.JSON.createArrayBuilder().add("public"))
                .add("id_token_signing_alg_values_supported", Http.JSON.createArrayBuilder().add("RS256"))
                .add("token_endpoint_auth_methods_supported", Http.JSON.createArrayBuilder()
                        .add("client_secret_basic").add("client_secret_post"))
                .add("code_challenge_methods_supported", Http.JSON.createArrayBuilder().add("S256"))
                .add("scopes_supported", Http.JSON.createArrayBuilder().add("openid").add("profile"))
                .build();
    }
}
