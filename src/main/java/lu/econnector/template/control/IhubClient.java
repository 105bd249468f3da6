package lu.econnector.template.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import lu.econnector.activity.control.Activity;
import lu.econnector.activity.control.UpstreamCallRecorder;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.platform.AppLog;
import lu.econnector.platform.Jsons;
import lu.econnector.template.entity.CatalogueEntry;
import lu.econnector.template.entity.EconnectorRelease;
import lu.econnector.template.entity.SemanticVersion;
import lu.econnector.template.entity.Title;
import lu.econnector.upstream.control.UpstreamFailure;
import lu.econnector.upstream.control.UpstreamHttp;

/**
 * The iHUB template service (docs/upstreams.md section 3): the catalogue, the packages and the announced eConnector release.
 * Every call is bounded in time as a whole and in size, and timed in the metrics; iHUB is
 * optional, so each failure is an {@link UpstreamFailure} for the caller to report, never a
 * reason to stop. No circuit breaker: iHUB is asked once per synchronisation, which nobody
 * waits for, and the next one is minutes away.
 */
@ApplicationScoped
public class IhubClient {

    private static final JsonProvider JSON = Jsons.provider();

    static final long MAX_CATALOGUE_BYTES = 1L << 20;
    /** A package is read under {@link PackageLimits}: its ZIP cannot usefully be larger. */
    static final long MAX_PACKAGE_BYTES = PackageLimits.DEFAULT.maxTotalBytes();
    /**
     * A package may be megabytes and nobody waits for the synchronisation: it gets several
     * read timeouts to arrive, the small JSON answers one.
     */
    private static final int PACKAGE_TIMEOUT_FACTOR = 6;
    private static final Logger LOG = AppLog.of(IhubClient.class);

    static final String UPSTREAM = "ihub";

    private UpstreamHttp http;
    private URI base;
    private Duration timeout;
    private UpstreamCallRecorder calls;

    /** For CDI's proxy. */
    protected IhubClient() {
    }

    @Inject
    public IhubClient(EconnectorConfig config, UpstreamHttp http, Activity activity) {
        this(http, config.ihub().url(), config.limits().readTimeout(), activity);
    }

    /**
     * @param base    {@code IHUB_URL}, e.g. {@code https://ihub.cns.lu/ws/rest/ihub/v1}
     * @param timeout for a JSON answer, whole; a package gets several
     */
    public IhubClient(UpstreamHttp http, URI base, Duration timeout, UpstreamCallRecorder calls) {
        this.http = http;
        this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
        this.timeout = timeout;
        this.calls = calls;
    }

    public List<CatalogueEntry> catalogue() {
        JsonArray items = readJson("catalogue", "catalogue", base.resolve("templates")).asJsonArray();
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
        return get("package", "package " + entry.label(), url, "application/zip", MAX_PACKAGE_BYTES,
                timeout.multipliedBy(PACKAGE_TIMEOUT_FACTOR));
    }

    public EconnectorRelease latestRelease() {
        try {
            JsonObject release = readJson("latest-release", "latest release", base.resolve("econnector/latest"))
                    .asJsonObject();
            return new EconnectorRelease(SemanticVersion.parse(release.getString("version")).toString(),
                    instant(release), release.getString("notes", ""));
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw badAnswer("latest release", "malformed answer");
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

    private JsonValue readJson(String operation, String what, URI url) {
        byte[] body = get(operation, what, url, "application/json", MAX_CATALOGUE_BYTES, timeout);
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw badAnswer(what, "the answer is not JSON");
        }
    }

    /** One GET, bounded in time as a whole and in size, and counted as an iHUB call. */
    private byte[] get(String operation, String what, URI url, String accept, long maxBytes, Duration deadline) {
        return calls.timed(UPSTREAM, operation, () -> {
            UpstreamHttp.Answer answer = http.exchange(new UpstreamHttp.Call(UPSTREAM, subject(what), maxBytes, deadline),
                    HttpRequest.newBuilder(url).GET().header("Accept", accept));
            if (answer.status() != 200) {
                throw answer.status() >= 500
                        ? UpstreamFailure.unavailable(UPSTREAM, subject(what) + " answered HTTP " + answer.status(), null)
                        : badAnswer(what, "HTTP " + answer.status());
            }
            return answer.body();
        });
    }

    private static UpstreamFailure badAnswer(String what, String reason) {
        return UpstreamFailure.badAnswer(UPSTREAM, subject(what) + " gave a bad answer: " + reason, null);
    }

    private static String subject(String what) {
        return "iHUB (" + what + ")";
    }
}
