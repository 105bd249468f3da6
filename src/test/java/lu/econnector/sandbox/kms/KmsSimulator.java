package lu.econnector.sandbox.kms;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import lu.econnector.sandbox.Http;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.Simulator;
import lu.econnector.sandbox.aes.AesKeys;
import lu.econnector.sandbox.pki.SandboxCa;

/**
 * The simulated Incert KMS (UPSTREAMS.md section 2): get-certificate, sign-data and
 * sign-timestamp under {@code /api/v3/}, each a POST of JSON with the professional's AeS
 * token as Bearer. It signs with the key of the professional that the token names and
 * timestamps with the sandbox TSA, with real crypto over the sandbox PKI, so that what the
 * eConnector builds from its answers validates as it would with the real KMS.
 */
public final class KmsSimulator implements Simulator {

    static final String UPSTREAM = "kms";
    private static final String BEARER = "Bearer ";
    /** A malformed answer: JSON cut short, as a connection dropped mid-answer leaves it. */
    private static final String TRUNCATED = "{\"signature\":\"MIIBIjANBgkqhk";

    private final SandboxCa ca;
    private final AesKeys aesKeys;
    private final RemoteSigner signer = new RemoteSigner();
    private final TimestampAuthority tsa;

    public KmsSimulator(SandboxCa ca, AesKeys aesKeys) {
        this.ca = ca;
        this.aesKeys = aesKeys;
        this.tsa = new TimestampAuthority(ca.tsa());
    }

    /** What one operation answers to an authorized caller. */
    @FunctionalInterface
    private interface Operation {
        JsonObject perform(Professional caller, KmsRequest request) throws KmsRefusal, GeneralSecurityException;
    }

    @Override
    public void register(SandboxServer server) {
        route(server, "get-certificate", (caller, request) -> certificate(caller));
        route(server, "sign-data", (caller, request) ->
                signer.sign(ca.professional(caller.username()).privateKey(), request));
        route(server, "sign-timestamp", (caller, request) -> tsa.timestamp(request));
    }

    private void route(SandboxServer server, String operation, Operation answer) {
        server.route("/api/v3/" + operation, UPSTREAM, operation, "application/json", TRUNCATED,
                exchange -> answer(exchange, answer));
    }

    /**
     * The checks, in this order: method first, so that the eConnector's health probe (a GET
     * without a token) sees a 405 and not a 5xx; then token (401), enrolment (403), body (400).
     */
    private void answer(HttpExchange exchange, Operation operation) throws IOException {
        if (!Http.method(exchange, "POST")) {
            return;
        }
        try {
            Professional caller = caller(exchange);
            JsonObject body = Http.jsonBody(exchange);
            if (body == null) {
                throw KmsRefusal.badRequest("the body must be a JSON object");
            }
            Http.json(exchange, 200, operation.perform(caller, new KmsRequest(body)));
        } catch (KmsRefusal refusal) {
            if (refusal.status() == 401) {
                // RFC 6750 section 3: a 401 to a Bearer request names the scheme and the reason.
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            }
            Http.error(exchange, refusal.status(), refusal.error(), refusal.getMessage());
        } catch (GeneralSecurityException | RuntimeException e) {
            // Without this the JDK server drops the connection: a 500 is what a real KMS answers.
            Http.error(exchange, 500, "internal_error", "the sandbox KMS failed: " + e);
        }
    }

    /** The professional whom a valid sandbox AeS token names, if enrolled for remote signature. */
    private Professional caller(HttpExchange exchange) throws KmsRefusal {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        // RFC 7235 section 2.1: the scheme name is case-insensitive.
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw KmsRefusal.invalidToken("a Bearer AeS access token is required");
        }
        Professional professional = aesKeys.verify(authorization.substring(BEARER.length()).trim())
                .map(claims -> claims.getClaim("preferred_username"))
                .filter(String.class::isInstance)
                .flatMap(username -> Professional.byUsername((String) username))
                .orElseThrow(() -> KmsRefusal.invalidToken(
                        "the token is not a valid AeS token of a sandbox professional"));
        if (!professional.remoteSignature()) {
            throw KmsRefusal.notEnrolled();
        }
        return professional;
    }

    /** The professional's signing certificate, then its chain up to the root (issuing CA first). */
    private JsonObject certificate(Professional caller) throws GeneralSecurityException {
        return Json.createObjectBuilder()
                .add("certificate", base64(ca.professional(caller.username()).certificate()))
                .add("chain", Json.createArrayBuilder()
                        .add(base64(ca.signingCa().certificate()))
                        .add(base64(ca.root().certificate())))
                .build();
    }

    private static String base64(X509Certificate certificate) throws GeneralSecurityException {
        return Base64.getEncoder().encodeToString(certificate.getEncoded());
    }
}
