package lu.econnector.signature.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import lu.econnector.activity.control.Activity;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.platform.Jsons;
import lu.econnector.upstream.control.UpstreamCircuit;
import lu.econnector.upstream.control.UpstreamFailure;
import lu.econnector.upstream.control.UpstreamHttp;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * The Incert KMS (docs/upstreams.md section 2): get-certificate, sign-data and sign-timestamp, each a POST of JSON carrying
 * the professional's own AeS token, so that the KMS signs with that professional's key and
 * nobody else's. Each call is bounded as a whole by the read timeout and timed in the metrics;
 * each operation sits behind its own circuit breaker (declared once, on the class; the state is
 * kept per method), which counts the KMS's failures (down, slow, nonsense) but not its refusals
 * of a professional; an open circuit is a 503 with {@code Retry-After}. Only get-certificate is
 * retried: it reads; a signature or a timestamp is an act the KMS may audit, so a failed one is
 * not repeated.
 *
 * <p>What the KMS answers is checked by {@link PadesSigner}, not here: this class only speaks
 * the protocol.
 */
@ApplicationScoped
@CircuitBreaker(requestVolumeThreshold = UpstreamCircuit.REQUEST_VOLUME, failureRatio = UpstreamCircuit.FAILURE_RATIO,
        delay = UpstreamCircuit.DELAY_MILLIS, successThreshold = UpstreamCircuit.SUCCESS_THRESHOLD,
        failOn = UpstreamFailure.class)
public class KmsClient {

    private static final JsonProvider JSON = Jsons.provider();

    static final String UPSTREAM = "kms";
    /** A certificate chain or a timestamp token is a few KB: anything far larger is not an answer. */
    private static final long MAX_ANSWER_BYTES = 1L << 20;

    @Inject
    EconnectorConfig config;

    @Inject
    UpstreamHttp http;

    @Inject
    UpstreamCircuit circuit;

    @Inject
    Activity activity;

    /** @return the professional's signing certificate, then the chain as the KMS gives it */
    @Retry(maxRetries = 1, delay = 200, retryOn = UpstreamFailure.class)
    @Fallback(fallbackMethod = "certificateChainWhileOpen", applyOn = CircuitBreakerOpenException.class)
    public List<X509Certificate> certificateChain(String accessToken) {
        JsonObject answer = post("get-certificate", config.kms().getCertificateUrl(), accessToken,
                JSON.createObjectBuilder().build());
        try {
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(certificate(answer.getString("certificate")));
            for (String issuer : answer.getJsonArray("chain").getValuesAs(JsonString.class)
                    .stream().map(JsonString::getString).toList()) {
                chain.add(certificate(issuer));
            }
            return chain;
        } catch (RuntimeException | CertificateException e) {
            throw KmsAnswerRejection.of("get-certificate: no certificate and chain in the answer", e);
        }
    }

    /** @return the raw signature value and the algorithm the KMS says it used */
    @Fallback(fallbackMethod = "signWhileOpen", applyOn = CircuitBreakerOpenException.class)
    public KmsSignature sign(String accessToken, byte[] digest, String digestAlgorithm, String signatureAlgorithm) {
        JsonObject answer = post("sign-data", config.kms().signUrl(), accessToken, JSON.createObjectBuilder()
                .add("digest", Base64.getEncoder().encodeToString(digest))
                .add("digestAlgorithm", digestAlgorithm)
                .add("signatureAlgorithm", signatureAlgorithm)
                .build());
        try {
            return new KmsSignature(Base64.getDecoder().decode(answer.getString("signature")),
                    answer.getString("signatureAlgorithm", signatureAlgorithm));
        } catch (RuntimeException e) {
            throw KmsAnswerRejection.of("sign-data: no signature in the answer", e);
        }
    }

    /** @return the DER RFC 3161 TimeStampToken */
    @Fallback(fallbackMethod = "timestampWhileOpen", applyOn = CircuitBreakerOpenException.class)
    public byte[] timestamp(String accessToken, byte[] digest, String digestAlgorithm, BigInteger nonce) {
        JsonObject answer = post("sign-timestamp", config.kms().timestampUrl(), accessToken,
                JSON.createObjectBuilder()
                        .add("digest", Base64.getEncoder().encodeToString(digest))
                        .add("digestAlgorithm", digestAlgorithm)
                        .add("nonce", nonce.toString())
                        .build());
        try {
            return Base64.getDecoder().decode(answer.getString("timestampToken"));
        } catch (RuntimeException e) {
            throw KmsAnswerRejection.of("sign-timestamp: no timestamp token in the answer", e);
        }
    }

    List<X509Certificate> certificateChainWhileOpen(String accessToken) {
        throw circuitOpen("get-certificate");
    }

    KmsSignature signWhileOpen(String accessToken, byte[] digest, String digestAlgorithm, String signatureAlgorithm) {
        throw circuitOpen("sign-data");
    }

    byte[] timestampWhileOpen(String accessToken, byte[] digest, String digestAlgorithm, BigInteger nonce) {
        throw circuitOpen("sign-timestamp");
    }

    private UpstreamFailure circuitOpen(String operation) {
        return circuit.open(UPSTREAM, subject(operation), null);
    }

    private JsonObject post(String operation, URI url, String accessToken, JsonObject body) {
        return activity.timed(UPSTREAM, operation, () -> {
            UpstreamHttp.Answer answer = http.exchange(
                    new UpstreamHttp.Call(UPSTREAM, subject(operation), MAX_ANSWER_BYTES, config.limits().readTimeout()),
                    HttpRequest.newBuilder(url)
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .header("Authorization", "Bearer " + accessToken)
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
            JsonObject json = json(answer.body());
            if (answer.status() == 200 && json != null) {
                return json;
            }
            throw failure(operation, answer.status(), json);
        });
    }

    /** The body as JSON; null when it is none (a proxy's HTML error page, or nothing). */
    private static JsonObject json(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException notJson) {
            return null;
        }
    }

    private RuntimeException failure(String operation, int status, JsonObject error) {
        String reason = KmsReason.of(error);
        return switch (status) {
            case 200 -> KmsAnswerRejection.of(operation + ": the answer is not JSON");
            case 401 -> KmsRefusalException.tokenRefused(reason);
            case 403 -> KmsRefusalException.notEnrolled(reason, config.mySecu().enrolmentPortal().toString());
            default -> status >= 500
                    ? UpstreamFailure.unavailable(UPSTREAM, subject(operation) + " answered HTTP " + status, null)
                    : KmsAnswerRejection.of(operation + ": HTTP " + status + (reason.isEmpty() ? ""
                            : " (" + reason + ")"));
        };
    }

    private static String subject(String operation) {
        return "The KMS (" + operation + ")";
    }

    private static X509Certificate certificate(String base64Der) throws CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64Der)));
    }
}
