package lu.econnector.sandbox.ihub;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lu.econnector.sandbox.Http;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.Simulator;

/**
 * The simulated CNS iHUB (docs/upstreams.md section 3) under {@code /ws/rest/ihub/v1/}: the
 * catalogue, the packages, and the announced eConnector release. It offers the bundled
 * packages of the WAR under test and, by default, a newer {@code mh}; tests add broken
 * packages with {@link #offer(Set)}. Fault injection: upstream {@code ihub}, operations
 * {@code templates}, {@code package} and {@code latest}.
 */
public final class IhubSimulator implements Simulator {

    public static final String BASE = "/ws/rest/ihub/v1";
    public static final Set<IhubOffer> DEFAULT_OFFERS = EnumSet.of(IhubOffer.NEWER_MH);
    static final String UPSTREAM = "ihub";
    static final String LATEST_RELEASE = "1.1.0";
    private static final List<String> BUNDLED = List.of("mh", "pid", "ecit");
    private static final Pattern PACKAGE_PATH = Pattern.compile(BASE + "/templates/([a-z0-9-]+)/versions/([0-9.]+)");
    private static final Map<String, Map<String, String>> TITLES = Map.of(
            "mh", Map.of("fr", "Mémoire d'honoraires", "de", "Honorarnote"),
            "pid", Map.of("fr", "Paiement immédiat direct", "de", "Direkte Sofortzahlung"),
            "ecit", Map.of("fr", "Certificat d'incapacité de travail", "de", "Arbeitsunfähigkeitsbescheinigung"));

    /** A package as served, and what the catalogue says of it. */
    private record Offered(String id, String version, byte[] served, String announcedSha256, long announcedSize) {
    }

    private final Map<Object, Offered> built = new ConcurrentHashMap<>();
    private final AtomicInteger downloads = new AtomicInteger();
    private volatile Set<IhubOffer> offers = EnumSet.noneOf(IhubOffer.class);

    public IhubSimulator() {
        offer(DEFAULT_OFFERS);
    }

    /**
     * Replaces the extra packages on offer (the bundled ones always are). They are built here,
     * not when the catalogue is asked for: the zip bomb takes a moment, which a catalogue
     * request must not wait for.
     */
    public void offer(Set<IhubOffer> extra) {
        extra.forEach(offer -> built.computeIfAbsent(offer, key -> build(offer)));
        offers = extra.isEmpty() ? EnumSet.noneOf(IhubOffer.class) : EnumSet.copyOf(extra);
    }

    public void reset() {
        offer(DEFAULT_OFFERS);
        downloads.set(0);
    }

    /** Packages served since the last reset. */
    public int downloads() {
        return downloads.get();
    }

    @Override
    public void register(SandboxServer server) {
        server.route(BASE + "/templates", UPSTREAM, "templates", "application/json", "[{\"id\":\"mh\",",
                this::templates);
        server.route(BASE + "/templates/", UPSTREAM, "package", "application/zip", "PK\u0003\u0004garbage",
                this::templates);
        server.route(BASE + "/econnector/latest", UPSTREAM, "latest", "application/json", "{\"version\":",
                exchange -> {
                    if (Http.method(exchange, "GET")) {
                        Http.json(exchange, 200, Http.JSON.createObjectBuilder().add("version", LATEST_RELEASE)
                                .add("publishedAt", "2026-11-20T08:00:00Z")
                                .add("notes", "Sandbox release announcement: nothing to install.").build());
                    }
                });
    }

    /** The catalogue, or with a longer path, one package. */
    private void templates(HttpExchange exchange) throws IOException {
        if (!Http.method(exchange, "GET")) {
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (path.equals(BASE + "/templates")) {
            JsonArrayBuilder catalogue = Http.JSON.createArrayBuilder();
            offered().forEach(offered -> catalogue.add(Http.JSON.createObjectBuilder()
                    .add("id", offered.id()).add("version", offered.version())
                    .add("title", Http.JSON.createObjectBuilder(Map.<String, Object>copyOf(TITLES.get(offered.id()))))
                    .add("sha256", offered.announcedSha256()).add("size", offered.announcedSize())
                    .add("publishedAt", "2026-10-01T08:00:00Z")));
            Http.json(exchange, 200, catalogue.build());
            return;
        }
        Matcher matcher = PACKAGE_PATH.matcher(path);
        Offered found = matcher.matches() ? offered().stream()
                .filter(o -> o.id().equals(matcher.group(1)) && o.version().equals(matcher.group(2)))
                .findFirst().orElse(null) : null;
        if (found == null) {
            Http.error(exchange, 404, "not_found", "no such template version");
            return;
        }
        downloads.incrementAndGet();
        Http.send(exchange, 200, "application/zip", found.served());
    }

    private Collection<Offered> offered() {
        List<Offered> all = new ArrayList<>();
        BUNDLED.forEach(id -> all.add(built.computeIfAbsent(id, key -> bundled(id))));
        offers.forEach(offer -> all.add(built.computeIfAbsent(offer, key -> build(offer))));
        return all;
    }

    private static Offered bundled(String id) {
        try (InputStream in = IhubSimulator.class.getResourceAsStream("/templates/" + id + ".zip")) {
            byte[] zip = in.readAllBytes();
            return new Offered(id, "1.0.0", zip, sha256(zip), zip.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Offered build(IhubOffer offer) {
        try {
            byte[] served = offer.build();
            byte[] announced = offer.announcedBytes(served);
            return new Offered(offer.templateId, offer.version, served, sha256(announced), announced.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
