package lu.econnector.sandbox.aes;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import lu.econnector.auth.entity.Matricule;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.fault.Fault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sandbox AeS against docs/upstreams.md section 1, spoken to over HTTPS like a vendor would. */
@ExtendWith(SandboxExtension.class)
class AesSimulatorTest {

    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    private static SandboxServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxExtension.running().server();
        http = HttpClient.newBuilder().sslContext(server.ca().clientContext())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String tokenUrl() {
        return server.issuer() + "/protocol/openid-connect/token";
    }

    private static JsonObject passwordGrant(String username) throws Exception {
        return json(post(tokenUrl(), Map.of("grant_type", "password", "client_id", "sandbox-vendor",
                "client_secret", "sandbox-secret", "username", username, "password", "sandbox")));
    }

    /** Logs dr.muller in through the form and returns the code the redirect carries. */
    private static String loginForCode(String redirectUri) throws Exception {
        HttpResponse<String> redirect = post(server.issuer() + "/protocol/openid-connect/auth", Map.of(
                "client_id", "sandbox-vendor", "redirect_uri", redirectUri, "response_type", "code",
                "scope", "openid", "state", "s-1", "code_challenge", AuthorizationCodes.s256(VERIFIER),
                "code_challenge_method", "S256", "username", "dr.muller", "password", "sandbox"));
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirectUri + "?code=").endsWith("&state=s-1");
        return location.substring((redirectUri + "?code=").length(), location.indexOf("&state="));
    }

    private static HttpResponse<String> redeem(String code, String redirectUri, String verifier) throws Exception {
        return post(tokenUrl(), Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri,
                "client_id", "sandbox-vendor", "client_secret", "sandbox-secret", "code_verifier", verifier));
    }

    @Test
    void discoveryNamesTheRealmsEndpoints() throws Exception {
        JsonObject discovery = json(get(server.issuer() + "/.well-known/openid-configuration"));

        assertThat(discovery.getString("issuer")).isEqualTo(server.base() + "auth/realms/default");
        assertThat(discovery.getString("jwks_uri")).isEqualTo(server.issuer() + "/protocol/openid-connect/certs");
        assertThat(discovery.getJsonArray("code_challenge_methods_supported").getString(0)).isEqualTo("S256");
    }

    @Test
    void thePkceFlowWithTheRightVerifierGivesTokens() throws Exception {
        String redirect = "http://127.0.0.1:4711/callback";

        HttpResponse<String> tokens = redeem(loginForCode(redirect), redirect, VERIFIER);

        assertThat(tokens.statusCode()).isEqualTo(200);
        assertThat(json(tokens).getString("token_type")).isEqualTo("Bearer");
        assertThat(server.aesKeys().verify(json(tokens).getString("access_token"))).isPresent();
    }

    @Test
    void thePkceFlowWithAWrongVerifierFails() throws Exception {
        String redirect = "http://127.0.0.1:4711/callback";

        HttpResponse<String> tokens = redeem(loginForCode(redirect), redirect,
                "wrong-verifier-wrong-verifier-wrong-verifier-0");

        assertThat(tokens.statusCode()).isEqualTo(400);
        assertThat(json(tokens).getString("error")).isEqualTo("invalid_grant");
    }

    @Test
    void aCodeIsUsableOnce() throws Exception {
        String redirect = "http://127.0.0.1:4711/callback";
        String code = loginForCode(redirect);

        assertThat(redeem(code, redirect, VERIFIER).statusCode()).isEqualTo(200);
        assertThat(redeem(code, redirect, VERIFIER).statusCode()).isEqualTo(400);
    }

    @Test
    void anAuthorizationRequestWithoutPkceIsSentBackWithAnError() throws Exception {
        HttpResponse<String> response = get(server.issuer() + "/protocol/openid-connect/auth?client_id=sandbox-vendor"
                + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A4711%2Fcallback&response_type=code&state=x");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("error=invalid_request");
    }

    @Test
    void anUnregisteredRedirectIsRefusedOnThePage() throws Exception {
        HttpResponse<String> response = get(server.issuer() + "/protocol/openid-connect/auth?client_id=sandbox-vendor"
                + "&redirect_uri=https%3A%2F%2Fattacker.example%2Fcallback&response_type=code");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void theLoginFormIsShownForAValidRequest() throws Exception {
        HttpResponse<String> page = get(server.issuer() + "/protocol/openid-connect/auth?client_id=sandbox-vendor"
                + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A4711%2Fcallback&response_type=code&code_challenge="
                + AuthorizationCodes.s256(VERIFIER) + "&code_challenge_method=S256");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"username\"").contains("type=\"password\"");
    }

    @Test
    void thePasswordGrantGivesAnAccessTokenWithThePsClaims() throws Exception {
        JsonObject tokens = passwordGrant("dr.muller");

        assertThat(tokens.getInt("expires_in")).isEqualTo(300);
        SignedJWT token = SignedJWT.parse(tokens.getString("access_token"));
        JWTClaimsSet claims = token.getJWTClaimsSet();
        Professional muller = Professional.byUsername("dr.muller").orElseThrow();
        assertThat(token.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(claims.getIssuer()).isEqualTo(server.issuer().toString());
        assertThat(claims.getStringClaim("typ")).isEqualTo("Bearer");
        assertThat(claims.getStringClaim("azp")).isEqualTo("sandbox-vendor");
        assertThat(claims.getStringClaim("ps_code")).isEqualTo(muller.psCode()).matches("\\d{8}");
        assertThat(claims.getStringClaim("matricule")).isEqualTo(muller.matricule());
        assertThat(Matricule.isValid(claims.getStringClaim("matricule"))).isTrue();
        assertThat(claims.getStringClaim("name")).isEqualTo(muller.name());
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(300_000);
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        HttpResponse<String> response = post(tokenUrl(), Map.of("grant_type", "password", "client_id",
                "sandbox-vendor", "client_secret", "sandbox-secret", "username", "dr.muller", "password", "nope"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).getString("error")).isEqualTo("invalid_grant");
    }

    @Test
    void aWrongClientSecretIsRefusedWith401() throws Exception {
        HttpResponse<String> response = post(tokenUrl(), Map.of("grant_type", "password", "client_id",
                "sandbox-vendor", "client_secret", "guess", "username", "dr.muller", "password", "sandbox"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).getString("error")).isEqualTo("invalid_client");
    }

    @Test
    void theRefreshTokenGivesANewAccessToken() throws Exception {
        JsonObject first = passwordGrant("dr.weber");

        JsonObject refreshed = json(post(tokenUrl(), Map.of("grant_type", "refresh_token", "client_id",
                "sandbox-vendor", "client_secret", "sandbox-secret", "refresh_token",
                first.getString("refresh_token"))));

        assertThat(refreshed.getString("access_token")).isNotEqualTo(first.getString("access_token"));
        assertThat(SignedJWT.parse(refreshed.getString("access_token")).getJWTClaimsSet()
                .getStringClaim("preferred_username")).isEqualTo("dr.weber");
    }

    @Test
    void theOperatorsTokenCarriesTheAdminRoleAndNoPsClaims() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(passwordGrant("operator").getString("access_token")).getJWTClaimsSet();

        assertThat(claims.getStringListClaim("roles")).containsExactly("econnector-admin");
        assertThat(claims.getClaim("ps_code")).isNull();
    }

    @Test
    void afterARotationTokensAreSignedWithTheNewKeyAndTheJwksPublishesBoth() throws Exception {
        String before = SignedJWT.parse(passwordGrant("dr.muller").getString("access_token")).getHeader().getKeyID();

        String rotated = json(post(server.base() + "_sandbox/aes/rotate-key", Map.of())).getString("kid");

        String after = SignedJWT.parse(passwordGrant("dr.muller").getString("access_token")).getHeader().getKeyID();
        JWKSet jwks = JWKSet.parse(get(server.issuer() + "/protocol/openid-connect/certs").body());
        assertThat(after).isEqualTo(rotated).isNotEqualTo(before);
        assertThat(jwks.getKeys()).extracting(k -> k.getKeyID()).containsExactly(rotated, before);
        assertThat(jwks.getKeys()).allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
    }

    @Test
    void anInjectedFaultIsAnswered() throws Exception {
        server.faults().inject("aes", "token", Fault.httpStatus(503));

        assertThat(post(tokenUrl(), Map.of("grant_type", "password")).statusCode()).isEqualTo(503);
    }

    @Test
    void theVendorPageStartsAPkceLogin() throws Exception {
        HttpResponse<String> page = get(server.base() + "vendor/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("code_challenge_method=S256").contains("client_id=sandbox-vendor")
                .contains(URLEncoder.encode(server.base() + "vendor/callback", StandardCharsets.UTF_8));
    }
}
