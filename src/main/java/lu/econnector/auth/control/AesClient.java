package lu.econnector.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import lu.econnector.activity.control.Activity;
import lu.econnector.activity.control.UpstreamCallRecorder;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.platform.Jsons;
import lu.econnector.upstream.control.UpstreamFailure;
import lu.econnector.upstream.control.UpstreamHttp;

/**
 * AeS, as far as the eConnector asks it anything: its OpenID Connect discovery document
 * (OpenID Connect Discovery 1.0 section 4) and the signing keys it names. Each fetch is bounded
 * as a whole by the read timeout and in size, and timed in the metrics. Whatever fails, AeS is
 * unavailable to the caller (503 with {@code Retry-After}): without its keys no token can be
 * judged, and that is no fault of the caller's. No circuit breaker: the keys are cached, and
 * {@link OutageBackoff} already spares an AeS that is down a fetch per request.
 */
@ApplicationScoped
public class AesClient {

    /**
     * The application's provider: the discovery document is read on the HTTP client's own
     * threads, whose context class loader may not see the server's JSON provider
     * ({@code Json.createReader} there failed the first call after a boot).
     */
    private static final JsonProvider JSON = Jsons.provider();

    private static final Logger LOG = Logger.getLogger(AesClient.class.getName());
    static final String UPSTREAM = "aes";
    /** When a caller refused for AeS's outage may try again. */
    static final int RETRY_AFTER_SECONDS = 30;
    /** A discovery document is a few KB; far larger is not one. */
    static final long MAX_DISCOVERY_BYTES = 256 * 1024;
    /** A JWKS holds a few keys; far larger is not one. */
    static final long MAX_JWKS_BYTES = 512 * 1024;

    private UpstreamHttp http;
    private URI issuer;
    private Duration deadline;
    private UpstreamCallRecorder calls;

    /** For CDI's proxy. */
    protected AesClient() {
    }

    @Inject
    public AesClient(EconnectorConfig config, UpstreamHttp http, Activity activity) {
        this(http, config.aes().issuer(), config.limits().readTimeout(), activity);
    }

    /**
     * @param issuer   {@code AES_ISSUER_URL}: the discovery document must name exactly this issuer
     * @param deadline for each fetch, whole
     */
    public AesClient(UpstreamHttp http, URI issuer, Duration deadline, UpstreamCallRecorder calls) {
        this.http = http;
        this.issuer = issuer;
        this.deadline = deadline;
        this.calls = calls;
    }

    /**
     * The discovery document, fetched on the HTTP client's threads: its {@code issuer} must be
     * the configured one exactly (section 4.3), and it names the JWKS.
     *
     * @return fails with an {@link UpstreamFailure}, AeS unavailable
     */
    public CompletableFuture<IssuerDiscovery.Document> discovery() {
        long start = System.nanoTime();
        URI location = URI.create(issuer + "/.well-known/openid-configuration");
        return http.exchangeAsync(new UpstreamHttp.Call(UPSTREAM, "The AeS discovery document", MAX_DISCOVERY_BYTES,
                        deadline), HttpRequest.newBuilder(location).GET().header("Accept", "application/json"))
                .thenApply(this::document)
                .exceptionally(failure -> {
                    throw unavailable(failure);
                })
                .whenComplete((document, failure) -> record(start, failure != null));
    }

    /**
     * Counts the fetch, on whichever thread finished it; a recorder that fails there must not
     * turn a fetched document into AeS's outage.
     */
    private void record(long start, boolean failed) {
        try {
            calls.upstreamCall(UPSTREAM, "discovery", System.nanoTime() - start, failed);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "AeS discovery fetch not counted: {0}", e.toString());
        }
    }

    /** @return the JSON Web Key Set at {@code location} (the discovery's {@code jwks_uri}), as text */
    public String jwks(URI location) {
        return calls.timed(UPSTREAM, "jwks", () -> {
            UpstreamHttp.Answer answer;
            try {
                answer = http.exchange(new UpstreamHttp.Call(UPSTREAM, "The AeS signing keys", MAX_JWKS_BYTES, deadline),
                        HttpRequest.newBuilder(location).GET().header("Accept", "application/json"));
            } catch (UpstreamFailure failure) {
                throw unavailable(failure);
            }
            if (answer.status() != 200) {
                throw unavailable("The AeS signing keys answered HTTP " + answer.status() + ".", null);
            }
            return new String(answer.body(), StandardCharsets.UTF_8);
        });
    }

    /** AeS cannot serve: 503 naming AeS, retry in a while. */
    static UpstreamFailure unavailable(String detail, Throwable cause) {
        return UpstreamFailure.unavailable(UPSTREAM, detail, cause).retryAfter(RETRY_AFTER_SECONDS);
    }

    /** Whatever went wrong, AeS is unavailable to the caller; the detail says what. */
    static UpstreamFailure unavailable(Throwable failure) {
        Throwable cause = failure instanceof CompletionException wrapped
                && wrapped.getCause() != null ? wrapped.getCause() : failure;
        if (cause instanceof UpstreamFailure known && known.kind() == UpstreamFailure.Kind.UNAVAILABLE
                && known.headers().containsKey("Retry-After")) {
            return known;
        }
        if (!(cause instanceof UpstreamFailure)) {
            // Not a failure of AeS's that the HTTP layer or the reading named: say what it was.
            LOG.log(Level.WARNING, "AeS discovery failed unexpectedly: {0}", String.valueOf(cause));
        }
        return unavailable(cause instanceof UpstreamFailure known ? known.getMessage()
                : "The AeS discovery document cannot be read.", cause);
    }

    private IssuerDiscovery.Document document(UpstreamHttp.Answer answer) {
        if (answer.status() != 200) {
            throw unavailable("The AeS discovery document answered HTTP " + answer.status() + ".", null);
        }
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(answer.body()))) {
            JsonObject json = reader.readObject();
            String named = json.getString("issuer", "");
            if (!named.equals(issuer.toString())) {
                throw unavailable("The AeS discovery document names another issuer.", null);
            }
            return new IssuerDiscovery.Document(named, URI.create(json.getString("jwks_uri")));
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw unavailable("The AeS discovery document cannot be read.", e);
        }
    }
}
