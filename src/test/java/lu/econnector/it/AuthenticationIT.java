package lu.econnector.it;

import static lu.econnector.it.EconnectorClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bearer token validation against the running WAR, with tokens from the sandbox AeS and
 * tokens forged against it. Every refusal is a 401 problem with an RFC 6750 challenge.
 * (A token over 16 KiB is refused by {@link LaunchIT} on the production listener settings.)
 */
@ExtendWith(SandboxExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthenticationIT {

    private static final String ME = "econnector/api/v1/me";
    private static SandboxServer simulators;
    private static TestTokens tokens;
    private final EconnectorClient client = new EconnectorClient();

    @Deployment(testable = false)
    static WebArchive builtWar() {
        return BuiltWar.deployment();
    }

    @BeforeAll
    static void simulators() {
        simulators = SandboxExtension.running().server();
        tokens = new TestTokens(simulators.aesKeys());
    }

    private HttpResponse<String> me(String token) {
        return client.get(ME, "Authorization", "Bearer " + token);
    }

    /** A token from the sandbox AeS's token endpoint, as a vendor gets it. */
    private static String passwordGrant(String username) throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(simulators.ca().clientContext()).build();
        String form = "grant_type=password&client_id=sandbox-vendor&client_secret=sandbox-secret&username="
                + username + "&password=sandbox";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(simulators.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
    }

    private static void assertRefused(HttpResponse<String> response, String reason) {
        assertThat(response.statusCode()).isEqualTo(401);
        String challenge = response.headers().firstValue("WWW-Authenticate").orElseThrow();
        assertThat(challenge).startsWith("Bearer ").contains("error=\"invalid_token\"");
        assertThat(challenge.toLowerCase()).contains(reason.toLowerCase());
        JsonObject problem = json(response);
        assertThat(problem.getInt("status")).isEqualTo(401);
        assertThat(problem.getString("requestId")).isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void aSandboxTokenReachesMe() throws Exception {
        HttpResponse<String> response = me(passwordGrant("dr.muller"));

        assertThat(response.statusCode()).isEqualTo(200);
        Professional muller = Professional.byUsername("dr.muller").orElseThrow();
        JsonObject me = json(response);
        assertThat(me.getString("psCode")).isEqualTo(muller.psCode());
        assertThat(me.getString("name")).isEqualTo(muller.name());
        assertThat(me.getString("clientId")).isEqualTo("sandbox-vendor");
        assertThat(response.body()).doesNotContain(muller.matricule()).doesNotContain("eyJ");
    }

    @Test
    void noHeaderGetsABareChallenge() {
        HttpResponse<String> response = client.get(ME);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Bearer ").doesNotContain("error=");
        assertThat(json(response).getString("detail")).contains("Authorization: Bearer");
    }

    /**
     * Spellings of API paths without a token that the bearer check once read as outside the API
     * (a matrix parameter on the {@code api} segment made the templates answer 200, {@code /me}
     * a 500), or that differ between the container and JAX-RS. Each is refused before any resource.
     */
    @Test
    void noSpellingOfAnApiPathSkipsTheTokenCheck() {
        RawHttps raw = new RawHttps(Integer.getInteger("econnector.httpsPort", 18443));
        for (String target : List.of("/econnector/api;x/v1/templates", "/econnector/api;/v1/me",
                "/econnector/api;x=y/v1/templates/mh", "/econnector/%61pi/v1/templates", "/econnector//api/v1/templates",
                "/econnector/x/../api/v1/templates", "/econnector/api/v1/templates%2fmh", "/econnector/api/v1;x/templates")) {
            RawHttps.Answer answer = raw.send("GET", target);

            assertThat(answer.status()).as(target).isIn(400, 401, 404);
            assertThat(answer.body()).as(target).doesNotContain("\"version\"");
        }
        assertThat(raw.send("GET", "/econnector/api;x/v1/templates").status()).isEqualTo(400);
    }

    @Test
    void notAJwtIsRefused() {
        assertRefused(me("this-is-not-a-jwt"), "not a JWT");
    }

    @Test
    void algNoneIsRefused() {
        assertRefused(me(tokens.unsigned()), "alg none");
    }

    @Test
    void hs256WithThePublicKeyAsSecretIsRefused() throws Exception {
        assertRefused(me(tokens.hmacWithThePublicKey()), "algorithm");
    }

    @Test
    void aValidSignatureByAnUnknownKeyIsRefused() throws Exception {
        assertRefused(me(tokens.signedByUnknownKey(simulators.aesKeys().current().getKeyID())), "invalid signature");
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant past = Instant.now().minus(Duration.ofMinutes(10));
        assertRefused(me(tokens.signed(tokens.muller().issueTime(Date.from(past.minusSeconds(300)))
                .expirationTime(Date.from(past)))), "expired");
    }

    @Test
    void aTokenNotYetValidIsRefused() {
        assertRefused(me(tokens.signed(tokens.muller().notBeforeTime(Date.from(Instant.now().plus(Duration.ofMinutes(10)))))),
                "before use time");
    }

    @Test
    void aWrongIssuerIsRefused() {
        assertRefused(me(tokens.signed(tokens.muller().issuer("https://www.esante.lu/auth/realms/default"))), "iss");
    }

    @Test
    void aDisallowedClientIsRefused() {
        assertRefused(me(tokens.signed(tokens.muller().claim("azp", "some-other-vendor"))), "not accepted");
    }

    @Test
    void aTamperedPayloadIsRefused() {
        assertRefused(me(tokens.tamperedPayload()), "invalid signature");
    }

    @Test
    void aMissingPsCodeIsRefused() {
        assertRefused(me(tokens.signed(tokens.muller().claim("ps_code", null))), "ps_code");
    }

    @Test
    void aBadMatriculeIsRefused() {
        String muller = Professional.byUsername("dr.muller").orElseThrow().matricule();
        String badLuhn = muller.substring(0, 11) + ((muller.charAt(11) - '0' + 1) % 10) + muller.charAt(12);
        assertRefused(me(tokens.signed(tokens.muller().claim("matricule", badLuhn))), "matricule");
    }

    @Test
    void anIdTokenIsNoAccessToken() {
        assertRefused(me(tokens.signed(tokens.muller().claim("typ", "ID"))), "typ");
    }

    @Test
    void aRotatedKeyIsAcceptedWithoutRestartAndRefetchesAreRateLimited() throws Exception {
        me(passwordGrant("dr.weber"));
        Thread.sleep(Duration.ofSeconds(6).toMillis()); // past AES_JWKS_MIN_REFRESH_SECONDS (5 in tests)
        int beforeRotation = simulators.aesKeys().jwksRequests();

        List<String> unknownKids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            unknownKids.add(tokens.signedByUnknownKey(UUID.randomUUID().toString()));
        }
        simulators.aesKeys().rotate();
        HttpResponse<String> rotated = me(passwordGrant("dr.weber"));
        int afterRotation = simulators.aesKeys().jwksRequests();
        long burstStart = System.nanoTime();
        List<Integer> burst = unknownKids.stream().map(token -> me(token).statusCode()).toList();
        Duration burstTook = Duration.ofNanos(System.nanoTime() - burstStart);
        int afterBurst = simulators.aesKeys().jwksRequests();
        // At most one fetch per started interval of 5 s (AES_JWKS_MIN_REFRESH_SECONDS in tests).
        long intervals = Math.max(1, (burstTook.toMillis() + 4_999) / 5_000);

        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        assertThat(afterRotation - beforeRotation).as("fetches for the rotation").isBetween(1, 2);
        assertThat(burst).containsOnly(401);
        assertThat(afterBurst - afterRotation).as("fetches for 20 unknown kids in " + burstTook.toMillis() + " ms")
                .isLessThanOrEqualTo((int) intervals);
    }

    @Test
    void noLogLineContainsAToken() throws Exception {
        List<String> sent = List.of(tokens.unsigned(), tokens.hmacWithThePublicKey(), tokens.tamperedPayload(),
                tokens.signed(tokens.muller().claim("azp", "some-other-vendor")),
                tokens.signed(tokens.muller().claim("ps_code", null)), passwordGrant("dr.muller"));
        sent.forEach(this::me);

        Path log = SandboxExtension.IT_DIR.resolve("payara.log"); // logging-it.properties
        String written = Files.readString(log);
        assertThat(written).as("the refusals were logged (DEBUG_LOG is on)").contains("Refused a bearer token");
        for (String token : sent) {
            String[] parts = token.split("\\.");
            assertThat(written).doesNotContain(token).doesNotContain(parts[0] + "." + parts[1]);
            if (parts.length > 2 && !parts[2].isEmpty()) {
                assertThat(written).doesNotContain(parts[2]);
            }
        }
    }
}
