package lu.econnector.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.upstream.control.UpstreamFailure;

/**
 * The AeS discovery document, read once through {@link AesClient}. Until it is read, one fetch
 * at a time is in flight, on the HTTP client's threads, and every caller waits for that one
 * rather than queueing behind a lock for a fetch of its own; after a failure, callers are
 * refused at once for {@link OutageBackoff#PAUSE}.
 */
@ApplicationScoped
public class IssuerDiscovery {

    /** What the eConnector uses of the document. */
    public record Document(String issuer, URI jwksUri) {
    }

    private EconnectorConfig config;
    private AesClient aes;
    Clock clock = Clock.systemUTC();
    private OutageBackoff backoff;
    private volatile Document document;
    private CompletableFuture<Document> inFlight;

    protected IssuerDiscovery() {
        // for CDI's proxy
    }

    @Inject
    public IssuerDiscovery(EconnectorConfig config, AesClient aes) {
        this.config = config;
        this.aes = aes;
    }

    /** Waits at most as long as the fetch in flight may take (connect and read timeouts). */
    public Document document() {
        return document(config.limits().connectTimeout().plus(config.limits().readTimeout()));
    }

    /**
     * @param patience how long to wait for a fetch in flight; a health probe has less than a request
     * @throws UpstreamFailure AeS unavailable
     */
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
            UpstreamFailure shared = AesClient.unavailable(e.getCause());
            throw AesClient.unavailable(shared.getMessage(), shared); // one per caller, not one shared by all
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("was interrupted", e);
        }
    }

    /** Only bookkeeping under this lock, never I/O: the fetch returns at once. */
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
        aes.discovery().whenComplete((fetched, failure) -> settle(started, fetched, failure));
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
            fetch.completeExceptionally(AesClient.unavailable(failure));
        }
    }

    private static UpstreamFailure unavailable(String what, Throwable cause) {
        return AesClient.unavailable("The AeS discovery document " + what + ".", cause);
    }
}
