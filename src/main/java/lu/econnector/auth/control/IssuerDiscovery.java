package lu.econnector.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lu.econnector.config.boundary.UpstreamTrust;
import lu.econnector.config.entity.EconnectorConfig;

/**
 * The AeS discovery document (OpenID Connect Discovery 1.0 section 4), read once: its
 * {@code issuer} must be the configured one exactly (section 4.3), and it names the JWKS.
 * Until it is read, one fetch at a time is in flight, on the HTTP client's threads, and
 * every caller waits for that one rather than queueing behind a lock for a fetch of its
 * own; after a failure, callers are refused at once for {@link OutageBackoff#PAUSE}.
 */
@ApplicationScoped
public class IssuerDiscovery {

    /** What the eConnector uses of the document. */
    public record Document(String issuer, URI jwksUri) {
    }

    private EconnectorConfig config;
    private UpstreamTrust trust;
    Clock clock = Clock.systemUTC();
    private OutageBackoff backoff;
    private volatile Document document;
    private CompletableFuture<Document> inFlight;

    protected IssuerDiscovery() {
        // for CDI's proxy
    }

    @Inject
    public IssuerDiscovery(EconnectorConfig config, UpstreamTrust trust) {
        this.config = config;
        this.trust = trust;
    }

    /** Waits at most as long as the fetch in flight may take (connect and read timeouts). */
    public Document document() {
        return document(config.limits().connectTimeout().plus(config.limits().readTimeout()));
    }

    /** @param patience how long to wait for a fetch in flight; a health probe has less than a request */
    public Document document(Duration patience) {
        Document known = document;
        if (known != null) {
            return known;
        }
        try {
            return fetchInFlightOrNew().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw unavailable("did not arrive within " + patience.toMillis() + " ms", null);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IdentityProviderUnavailableException failed
                    ? new IdentityProviderUnavailableException(failed.getMessage(), failed) // one per caller
                    : unavailable("cannot be read", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("was interrupted", e);
        }
    }

    /** Only bookkeeping under this lock, never I/O: {@code sendAsync} returns at once. */
    private synchronized CompletableFuture<Document> fetchInFlightOrNew() {
        if (document != null) {
            return CompletableFuture.completedFuture(document);
        }
        if (inFlight != null) {
            return inFlight;
        }
        if (backoff == null) {
            backoff = new OutageBackoff(clock);
        }
        if (backoff.pausing()) {
            throw unavailable("could not be read moments ago; it is asked for again after "
                    + OutageBackoff.PAUSE.toSeconds() + " s", null);
        }
        CompletableFuture<Document> started = new CompletableFuture<>();
        inFlight = started;
        try {
            trust.httpClient().sendAsync(request(), HttpResponse.BodyHandlers.ofString())
                    .thenApply(this::read)
                    .whenComplete((fetched, failure) -> settle(started, fetched, failure));
        } catch (RuntimeException e) {
            settle(started, null, e);
        }
        return started;
    }

    private void settle(CompletableFuture<Document> fetch, Document fetched, Throwable failure) {
        synchronized (this) {
            if (fetched != null) {
                document = fetched;
            } else {
                backoff.failed();
            }
            inFlight = null;
        }
        if (fetched != null) {
            fetch.complete(fetched);
        } else {
            fetch.completeExceptionally(asUnavailable(failure));
        }
    }

    private HttpRequest request() {
        URI location = URI.create(config.aes().issuer() + "/.well-known/openid-configuration");
        return HttpRequest.newBuilder(location).timeout(config.limits().readTimeout())
                .header("Accept", "application/json").build();
    }

    private Document read(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw unavailable("answered HTTP " + response.statusCode(), null);
        }
        try {
            JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
            String issuer = json.getString("issuer", "");
            if (!issuer.equals(config.aes().issuer().toString())) {
                throw unavailable("names another issuer", null);
            }
            return new Document(issuer, URI.create(json.getString("jwks_uri")));
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw unavailable("cannot be read", e);
        }
    }

    private IdentityProviderUnavailableException asUnavailable(Throwable failure) {
        Throwable cause = failure instanceof CompletionException wrapped && wrapped.getCause() != null
                ? wrapped.getCause() : failure;
        if (cause instanceof IdentityProviderUnavailableException unavailable) {
            return unavailable;
        }
        return cause instanceof HttpTimeoutException
                ? unavailable("did not arrive in time", cause)
                : unavailable("cannot be read", cause);
    }

    private static IdentityProviderUnavailableException unavailable(String what, Throwable cause) {
        return new IdentityProviderUnavailableException("The AeS discovery document " + what + ".", cause);
    }
}
