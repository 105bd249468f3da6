package lu.econnector.health.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import lu.econnector.auth.control.IdentityProviderUnavailableException;
import lu.econnector.auth.control.IssuerDiscovery;
import lu.econnector.config.boundary.UpstreamTrust;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.health.entity.Availability;
import lu.econnector.health.entity.ProbeResult;
import lu.econnector.health.entity.Upstream;
import lu.econnector.problem.control.AppLog;
import lu.econnector.template.control.TemplateSync;
import lu.econnector.template.entity.SyncReport;

/**
 * Probes every configured URL of every upstream, in parallel, and keeps the results for
 * {@link #FRESHNESS} so that status polls and readiness probes share one round of checks.
 */
@ApplicationScoped
public class UpstreamMonitor {

    static final Duration FRESHNESS = Duration.ofSeconds(5);
    private static final Logger LOG = AppLog.of(UpstreamMonitor.class);

    @Inject
    EconnectorConfig config;

    @Inject
    UpstreamTrust trust;

    @Resource
    ManagedExecutorService executor;

    @Inject
    IssuerDiscovery discovery;

    @Inject
    TemplateSync templateSync;

    private final Clock clock = Clock.systemUTC();
    private ReachabilityProbe probe;
    private Map<Upstream, ProbeResult> latest = Map.of();
    private final Map<Upstream, ProbeResult> lastFailure = new ConcurrentHashMap<>();
    private Instant latestAt = Instant.EPOCH;

    @PostConstruct
    void createClient() {
        probe = new ReachabilityProbe(trust.httpClient(), config.limits().probeTimeout());
    }

    public synchronized Map<Upstream, ProbeResult> current() {
        if (clock.instant().isAfter(latestAt.plus(FRESHNESS))) {
            latest = probeAll();
            latestAt = clock.instant();
        }
        return latest;
    }

    public ProbeResult current(Upstream upstream) {
        return current().get(upstream);
    }

    /** The last probe that found this upstream not up, since the start; the console's "last error". */
    public Optional<ProbeResult> lastFailure(Upstream upstream) {
        return Optional.ofNullable(lastFailure.get(upstream));
    }

    /**
     * Every upstream at once, and every URL of each at once: one round costs the slowest probe,
     * not their sum. Working out the targets is part of each upstream's task, since AeS's
     * needs its discovery document, which must not hold up the other upstreams' probes.
     */
    private Map<Upstream, ProbeResult> probeAll() {
        Instant checkedAt = clock.instant();
        Map<Upstream, CompletableFuture<List<ReachabilityProbe.Outcome>>> running = new EnumMap<>(Upstream.class);
        for (Upstream upstream : Upstream.values()) {
            running.put(upstream, CompletableFuture.supplyAsync(() -> targets(upstream), executor)
                    .thenCompose(this::probeEach));
        }
        Map<Upstream, ProbeResult> results = new EnumMap<>(Upstream.class);
        running.forEach((upstream, outcomes) -> results.put(upstream, resultOf(upstream, outcomes.join(), checkedAt)));
        return Collections.unmodifiableMap(results); // EnumMap: upstreams keep their documented order
    }

    private CompletableFuture<List<ReachabilityProbe.Outcome>> probeEach(List<Target> targets) {
        List<CompletableFuture<ReachabilityProbe.Outcome>> outcomes = targets.stream()
                .map(target -> CompletableFuture.supplyAsync(() -> target.refusesAnonymous()
                        ? probe.probeRefusesAnonymous(target.url()) : probe.probe(target.url(), target.needsSuccess()),
                        executor))
                .toList();
        return CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new))
                .thenApply(done -> outcomes.stream().map(CompletableFuture::join).toList());
    }

    private ProbeResult resultOf(Upstream upstream, List<ReachabilityProbe.Outcome> outcomes, Instant checkedAt) {
        long slowest = outcomes.stream().mapToLong(ReachabilityProbe.Outcome::latencyMillis).max().orElse(0);
        String problem = outcomes.stream().map(ReachabilityProbe.Outcome::problem).filter(Objects::nonNull)
                .findFirst().orElseGet(() -> upstream == Upstream.IHUB ? templateSyncProblem() : null);
        Availability availability = problem == null ? Availability.UP
                : upstream.required() ? Availability.DOWN : Availability.DEGRADED;
        if (problem != null) {
            lastFailure.put(upstream, new ProbeResult(upstream, availability, slowest, checkedAt, problem));
            LOG.fine(() -> upstream.id() + " is " + availability + ": " + problem);
        }
        return new ProbeResult(upstream, availability, slowest, checkedAt, problem);
    }

    /** iHUB answers, but what it offered could not be used: degraded until a round succeeds. */
    private String templateSyncProblem() {
        return templateSync.lastReport().flatMap(SyncReport::problem).map(problem -> "template sync: " + problem)
                .orElse(null);
    }

    /**
     * What proves each upstream reachable. AeS's discovery document and iHUB's catalogue are
     * plain GETs that must succeed; the KMS's three operations must refuse an anonymous POST
     * with 401 (running, and checking tokens); mySecu's STS and syncexchange must serve their
     * WSDLs ({@code CCSS_URL} is the STS's {@code ?wsdl}).
     */
    private List<Target> targets(Upstream upstream) {
        return switch (upstream) {
            case AES -> aesTargets();
            case KMS -> List.of(Target.refusingAnonymous(config.kms().getCertificateUrl()),
                    Target.refusingAnonymous(config.kms().signUrl()),
                    Target.refusingAnonymous(config.kms().timestampUrl()));
            case MYSECU -> List.of(new Target(config.mySecu().stsUrl(), true),
                    new Target(config.mySecu().syncExchangeWsdl(), true));
            case IHUB -> List.of(new Target(URI.create(config.ihub().url() + "/templates"), true));
        };
    }

    /** The discovery document and the JWKS it names: both must be fetchable to validate tokens. */
    private List<Target> aesTargets() {
        Target document = new Target(URI.create(config.aes().issuer() + "/.well-known/openid-configuration"), true);
        try {
            return List.of(document, new Target(discovery.document().jwksUri(), true));
        } catch (IdentityProviderUnavailableException unreadable) {
            return List.of(document); // whose probe says why
        }
    }

    /**
     * @param needsSuccess     a GET that must answer 2xx
     * @param refusesAnonymous a token-protected API that must answer an anonymous POST with 401
     */
    private record Target(URI url, boolean needsSuccess, boolean refusesAnonymous) {

        Target(URI url, boolean needsSuccess) {
            this(url, needsSuccess, false);
        }

        static Target refusingAnonymous(URI url) {
            return new Target(url, false, true);
        }
    }
}
