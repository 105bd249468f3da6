package lu.econnector.signature.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import lu.econnector.activity.control.Activity;
import lu.econnector.config.boundary.UpstreamTrust;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.platform.BoundedInputStream;
import lu.econnector.platform.PayloadTooLargeException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The Incert KMS (docs/upstreams.md section 2): get-certificate, sign-data and sign-timestamp, each
 * a POST of JSON carrying the professional's own AeS token, so that the KMS signs with that
 * professional's key and nobody else's. Connect and read timeouts bound every call; each
 * operation sits behind its own circuit breaker (declared once, on the class; the state is
 * kept per method), which counts the KMS's failures (down, slow, nonsense) but not its
 * refusals of a professional. Only get-certificate is retried: it reads;
 * a signature or a timestamp is an act the KMS may audit, so a failed one is not repeated.
 *
 * <p>What the KMS answers is checked by {@link PadesSigner}, not here: this class only speaks
 * the protocol.
 */
@ApplicationScoped
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5_000, successThreshold = 2,
        failOn = {KmsUnavailableException.class, KmsTimeoutException.class, KmsAnswerRejectedException.class})
public class KmsClient {

    /** A certificate chain or a timestamp token is a few KB: anything far larger is not an answer. */
    private static final long MAX_ANSWER_BYTES = 1L << 20;

    @Inject
    EconnectorConfig config;

    @Inject
    UpstreamTrust trust;

    @Inject
    Activity activity;

    private Client client;

    @PostConstruct
    void createClient() {
        client = ClientBuilder.newBuilder()
                .sslContext(trust.sslContext())
                .connectTimeout(config.limits().connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.limits().readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    @PreDestroy
    void closeClient() {
        client.close();
    }

    /** @return the professional's signing certificate, then the chain as the KMS gives it */
    @Retry(maxRetries = 1, delay = 200, retryOn = {KmsUnavailableException.class, KmsTimeoutException.class})
    public List<X509Certificate> certificateChain(String accessToken) {
        JsonObject answer = post("get-certificate", config.kms().getCertificateUrl(), accessToken,
                Json.createObjectBuilder().build());
        try {
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(certificate(answer.getString("certificate")));
            for (String issuer : answer.getJsonArray("chain").getValuesAs(JsonString.class)
                    .stream().map(JsonString::getString).toList()) {
                chain.add(certificate(issuer));
            }
            return chain;
        } catch (RuntimeException | CertificateException e) {
            throw new KmsAnswerRejectedException("get-certificate: no certificate and chain in the answer", e);
        }
    }

    /** @return the raw signature value and the algorithm the KMS says it used */
    public KmsSignature sign(String accessToken, byte[] digest, String digestAlgorithm, String signatureAlgorithm) {
        JsonObject answer = post("sign-data", config.kms().signUrl(), accessToken, Json.createObjectBuilder()
                .add("digest", Base64.getEncoder().encodeToString(digest))
                .add("digestAlgorithm", digestAlgorithm)
                .add("signatureAlgorithm", signatureAlgorithm)
                .build());
        try {
            return new KmsSignature(Base64.getDecoder().decode(answer.getString("signature")),
                    answer.getString("signatureAlgorithm", signatureAlgorithm));
        } catch (RuntimeException e) {
            throw new KmsAnswerRejectedException("sign-data: no signature in the answer", e);
        }
    }

    /** @return the DER RFC 3161 TimeStampToken */
    public byte[] timestamp(String accessToken, byte[] digest, String digestAlgorithm, BigInteger nonce) {
        JsonObject answer = post("sign-timestamp", config.kms().timestampUrl(), accessToken,
                Json.createObjectBuilder()
                        .add("digest", Base64.getEncoder().encodeToString(digest))
                        .add("digestAlgorithm", digestAlgorithm)
                        .add("nonce", nonce.toString())
                        .build());
        try {
            return Base64.getDecoder().decode(answer.getString("timestampToken"));
        } catch (RuntimeException e) {
            throw new KmsAnswerRejectedException("sign-timestamp: no timestamp token in the answer", e);
        }
    }

    private JsonObject post(String operation, URI url, String accessToken, JsonObject body) {
        long start = System.nanoTime();
        boolean failed = true;
        try {
            JsonObject answer = exchange(operation, url, accessToken, body);
            failed = false;
            return answer;
        } catch (KmsRefusalException refusedTheProfessional) {
            failed = false; // the KMS worked: it refused someone
            throw refusedTheProfessional;
        } finally {
            activity.upstreamCall("kms", operation, System.nanoTime() - start, failed);
        }
    }

    private JsonObject exchange(String operation, URI url, String accessToken, JsonObject body) {
        try (Response response = client.target(url).request(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + accessToken)
                .post(Entity.json(body.toString()))) {
            JsonObject answer = read(operation, response);
            int status = response.getStatus();
            if (status == 200 && answer != null) {
                return answer;
            }
            throw failure(operation, status, answer);
        } catch (ProcessingException e) {
            throw transportFailure(operation, e);
        }
    }

    /** The body as JSON; null when it is none (a proxy's HTML error page, or nothing). */
    private static JsonObject read(String operation, Response response) {
        if (!response.hasEntity()) {
            return null;
        }
        try (InputStream in = new BoundedInputStream(response.readEntity(InputStream.class), MAX_ANSWER_BYTES)) {
            byte[] bytes = in.readAllBytes();
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
                return reader.readObject();
            }
        } catch (JsonException | IllegalStateException notJson) {
            return null;
        } catch (PayloadTooLargeException e) {
            throw new KmsAnswerRejectedException(operation + ": an answer over " + MAX_ANSWER_BYTES + " bytes");
        } catch (IOException e) {
            throw new KmsUnavailableException("The KMS (" + operation + ") broke off its answer", e);
        }
    }

    private RuntimeException failure(String operation, int status, JsonObject error) {
        String reason = KmsReason.of(error);
        return switch (status) {
            case 200 -> new KmsAnswerRejectedException(operation + ": the answer is not JSON");
            case 401 -> KmsRefusalException.tokenRefused(reason);
            case 403 -> KmsRefusalException.notEnrolled(reason, config.mySecu().enrolmentPortal().toString());
            default -> status >= 500
                    ? new KmsUnavailableException("The KMS (" + operation + ") answered HTTP " + status, null)
                    : new KmsAnswerRejectedException(operation + ": HTTP " + status + (reason.isEmpty() ? ""
                            : " (" + reason + ")"));
        };
    }

    private RuntimeException transportFailure(String operation, ProcessingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof SocketTimeoutException) {
            return new KmsTimeoutException("The KMS (" + operation + ") did not answer within "
                    + config.limits().readTimeout().toMillis() + " ms", e);
        }
        if (cause instanceof ConnectException) {
            return new KmsUnavailableException("The KMS (" + operation + ") refused the connection", e);
        }
        if (cause instanceof SSLException) {
            return new KmsUnavailableException("The KMS (" + operation + ") failed the TLS handshake", e);
        }
        return new KmsUnavailableException("The KMS (" + operation + ") could not be reached ("
                + (cause == null ? e.getClass().getSimpleName() : cause.getClass().getSimpleName()) + ")", e);
    }

    private static X509Certificate certificate(String base64Der) throws CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64Der)));
    }
}
