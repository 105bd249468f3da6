package lu.econnector.sandbox.kms;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import lu.econnector.sandbox.Http;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.Simulator;
import lu.econnector.sandbox.aes.AesKeys;
import lu.econnector.sandbox.pki.SandboxCa;

/**
 * The simulated Incert KMS (docs/upstreams.md section 2): get-certificate, sign-data and
 * sign-timestamp under {@code /api/v3/}, each a POST of JSON with the professional's AeS
 * token as Bearer. It signs with the key of the professional that the token names and
 * timestamps with the sandbox TSA, with real crypto over the sandbox PKI, so that what the
 * eConnector builds from its answers validates as it would with the real KMS.
 *
 * <p>Besides the generic faults, it can be told to answer plausibly but wrongly
 * ({@link KmsMisbehaviour}): in-process with {@link #misbehave} and {@link #clear}, over HTTP
 * with {@code POST /_sandbox/kms/misbehaviour {"mode":"wrong-key"}} (or {@code wrong-imprint},
 * {@code wrong-nonce}, {@code unknown-root}, {@code other-professional}) and {@code DELETE}.
 */
public final class KmsSimulator implements Simulator {

    static final String UPSTREAM = "kms";
    public static final String MISBEHAVIOUR_PATH = "/_sandbox/kms/misbehaviour";
    private static final String BEARER = "Bearer ";
    /** A malformed answer: JSON cut short, as a connection dropped mid-answer leaves it. */
    private static final String TRUNCATED = "{\"signature\":\"MIIBIjANBgkqhk";

    private final AesKeys aesKeys;
    private final RemoteSigner signer = new RemoteSigner();
    private final TimestampAuthority tsa;
    private final WrongAnswers answers;
    private final AtomicInteger signDataCalls = new AtomicInteger();

    public KmsSimulator(SandboxCa ca, AesKeys aesKeys) {
        this.aesKeys = aesKeys;
        this.tsa = new TimestampAuthority(ca.tsa());
        this.answers = new WrongAnswers(ca);
    }

    /** From now on, answers plausibly but wrongly as the misbehaviour says, until {@link #clear()}. */
    public void misbehave(KmsMisbehaviour misbehaviour) {
        try {
            answers.set(misbehaviour);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the rogue CA of " + misbehaviour.mode(), e);
        }
    }

    /** Correct answers again. */
    public void clear() {
        answers.clear();
    }

    /**
     * sign-data requests of enrolled professionals since the sandbox started, whatever was
     * answered: a test compares the count before and after to prove that nothing was signed.
     */
    public int signDataCalls() {
        return signDataCalls.get();
    }

    public Optional<KmsMisbehaviour> misbehaviour() {
        return answers.current();
    }

    /** What one operation answers to an authorized caller. */
    @FunctionalInterface
    private interface Operation {
        JsonObject perform(Professional caller, KmsRequest request) throws KmsRefusal, GeneralSecurityException;
    }

    @Override
    public void register(SandboxServer server) {
        route(server, "get-certificate", (caller, request) -> certificate(answers.chainOf(caller.username())));
        route(server, "sign-data", (caller, request) -> {
            signDataCalls.incrementAndGet();
            return signer.sign(answers.signingKey(caller.username()), request);
        });
        route(server, "sign-timestamp", (caller, request) ->
                tsa.timestamp(answers.stamped(TimestampAuthority.query(request))));
        server.route(MISBEHAVIOUR_PATH, new MisbehaviourControl(this));
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
    private static JsonObject certificate(List<X509Certificate> chain) throws GeneralSecurityException {
        return Http.JSON.createObjectBuilder()
                .add("certificate", base64(chain.get(0)))
                .add("chain", Http.JSON.createArrayBuilder()
                        .add(base64(chain.get(1)))
                        .add(base64(chain.get(2))))
                .build();
    }

    private static String base64(X509Certificate certificate) throws GeneralSecurityException {
        return Base64.getEncoder().encodeToString(certificate.getEncoded());
    }
}
