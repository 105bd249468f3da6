package lu.econnector.template.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import javax.net.ssl.SSLException;
import lu.econnector.config.boundary.UpstreamTrust;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.platform.AppLog;
import lu.econnector.platform.BoundedBody;
import lu.econnector.template.entity.CatalogueEntry;
import lu.econnector.template.entity.EconnectorRelease;
import lu.econnector.template.entity.SemanticVersion;
import lu.econnector.template.entity.Title;

/**
 * The iHUB template service (docs/upstreams.md section 3): the catalogue, the packages and the
 * announced eConnector release. Every call is bounded in time (connection and answer) and in
 * size; iHUB is optional, so each failure is an {@link IhubException} for the caller to
 * report, never a reason to stop.
 */
@ApplicationScoped
public class IhubClient {

    static final long MAX_CATALOGUE_BYTES = 1L << 20;
    /** A package is read under {@link PackageLimits}: its ZIP cannot usefully be larger. */
    static final long MAX_PACKAGE_BYTES = PackageLimits.DEFAULT.maxTotalBytes();
    /**
     * A package may be megabytes and nobody waits for the synchronisation: it gets several
     * read timeouts to arrive, the small JSON answers one.
     */
    private static final int PACKAGE_TIMEOUT_FACTOR = 6;
    private static final Logger LOG = AppLog.of(IhubClient.class);

    private HttpClient client;
    private URI base;
    private Duration timeout;

    /** For CDI's proxy. */
    protected IhubClient() {
    }

    @Inject
    public IhubClient(EconnectorConfig config, UpstreamTrust trust) {
        this(trust.httpClient(), config.ihub().url(), config.limits().readTimeout());
    }

    /** @param base {@code IHUB_URL}, e.g. {@code https://ihub.cns.lu/ws/rest/ihub/v1} */
    public IhubClient(HttpClient client, URI base, Duration timeout) {
        this.client = client;
        this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
        this.timeout = timeout;
    }

    public List<CatalogueEntry> catalogue() {
        JsonArray items = readJson("catalogue", base.resolve("templates")).asJsonArray();
        List<CatalogueEntry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                entries.add(entry(items.getJsonObject(i)));
            } catch (RuntimeException malformed) {
                // One broken entry must not hide the others; the entry is skipped, the log says so.
                LOG.warning("iHUB catalogue entry " + i + " is malformed and skipped: " + malformed.getMessage());
            }
        }
        return entries;
    }

    public byte[] download(CatalogueEntry entry) {
        URI url = base.resolve("templates/" + entry.id() + "/versions/" + entry.version());
        return get("package " + entry.label(), url, "application/zip", MAX_PACKAGE_BYTES,
                timeout.multipliedBy(PACKAGE_TIMEOUT_FACTOR));
    }

    public EconnectorRelease latestRelease() {
        try {
            JsonObject release = readJson("latest release", base.resolve("econnector/latest")).asJsonObject();
            return new EconnectorRelease(SemanticVersion.parse(release.getString("version")).toString(),
                    instant(release), release.getString("notes", ""));
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new IhubException("latest release: malformed answer");
        }
    }

    private static CatalogueEntry entry(JsonObject item) {
        String sha256 = item.getString("sha256").toLowerCase();
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 is not 64 hex digits");
        }
        JsonObject title = item.getJsonObject("title");
        return new CatalogueEntry(item.getString("id"), SemanticVersion.parse(item.getString("version")),
                new Title(title.getString("fr"), title.getString("de")), sha256,
                item.getJsonNumber("size").longValueExact(), instant(item));
    }

    private static Instant instant(JsonObject item) {
        try {
            return item.containsKey("publishedAt") ? Instant.parse(item.getString("publishedAt")) : null;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("publishedAt is not an ISO-8601 instant");
        }
    }

    private JsonValue readJson(String what, URI url) {
        byte[] body = get(what, url, "application/json", MAX_CATALOGUE_BYTES, timeout);
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw new IhubException(what + ": the answer is not JSON");
        }
    }

    /**
     * One GET, bounded in time as a whole (the HTTP client's own timeout stops at the headers, a
     * dribbling body would outlast it) and in size.
     */
    private byte[] get(String what, URI url, String accept, long maxBytes, Duration deadline) {
        HttpRequest request = HttpRequest.newBuilder(url).GET().timeout(deadline).header("Accept", accept).build();
        CompletableFuture<HttpResponse<byte[]>> response = client.sendAsync(request, BoundedBody.handler(maxBytes));
        try {
            HttpResponse<byte[]> answer = response.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            if (answer.statusCode() != 200) {
                throw new IhubException(what + ": HTTP " + answer.statusCode());
            }
            return answer.body();
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new IhubException(what + ": no complete answer within " + deadline.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw new IhubException(what + ": " + reason(e.getCause(), deadline), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IhubException(what + ": interrupted", e);
        }
    }

    private static String reason(Throwable cause, Duration deadline) {
        if (cause instanceof BoundedBody.TooLargeException) {
            return cause.getMessage();
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return "no connection within the connect timeout";
        }
        if (cause instanceof HttpTimeoutException) {
            return "no answer within " + deadline.toMillis() + " ms";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        if (cause instanceof SSLException) {
            return "TLS handshake failed (is the server certificate trusted?)";
        }
        return "I/O error (" + cause.getClass().getSimpleName() + ")";
    }
}
