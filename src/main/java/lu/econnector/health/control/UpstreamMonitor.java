package lu.econnector.health.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import lu.econnector.auth.control.IssuerDiscovery;
import lu.econnector.config.boundary.UpstreamTrust;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.health.entity.Availability;
import lu.econnector.health.entity.ProbeResult;
import lu.econnector.platform.Upstream;
import lu.econnector.platform.AppLog;
import lu.econnector.template.control.TemplateSync;
import lu.econnector.template.entity.SyncReport;

/**
 * Probes every configured URL of every upstream ({@link ProbeRound}) and keeps the results
 * for {@link #FRESHNESS} so that status polls and readiness probes share one round of
 * checks. Callers that find the results stale share the round in flight, whose length the
 * probe timeout bounds, instead of queueing on a lock for rounds of their own.
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
    private ProbeRound round;
    private volatile Checked latest = new Checked(Map.of(), Instant.EPOCH);
    private final AtomicReference<CompletableFuture<Checked>> inFlight = new AtomicReference<>();
    private final Map<Upstream, ProbeResult> lastFailure = new ConcurrentHashMap<>();

    /** One round's results and when it ended. */
    private record Checked(Map<Upstream, ProbeResult> results, Instant at) {
    }

    @PostConstruct
    void createClient() {
        round = new ProbeRound(config, new ReachabilityProbe(trust.httpClient(), config.limits().probeTimeout()),
                executor, discovery);
    }

    public Map<Upstream, ProbeResult> current() {
        Checked known = latest;
        return isFresh(known) ? known.results() : roundInFlightOrNew().join().results();
    }

    private boolean isFresh(Checked checked) {
        return !clock.instant().isAfter(checked.at().plus(FRESHNESS));
    }

    public ProbeResult current(Upstream upstream) {
        return current().get(upstream);
    }

    /** The last probe that found this upstream not up, since the start; the console's "last error". */
    public Optional<ProbeResult> lastFailure(Upstream upstream) {
        return Optional.ofNullable(lastFailure.get(upstream));
    }

    /** The caller that finds no round in flight runs one; the others wait for its results. */
    private CompletableFuture<Checked> roundInFlightOrNew() {
        CompletableFuture<Checked> mine = new CompletableFuture<>();
        CompletableFuture<Checked> running = inFlight.compareAndExchange(null, mine);
        if (running != null) {
            return running;
        }
        try {
            Checked checked = isFresh(latest) ? latest : probeAll(); // a round may have ended meanwhile
            latest = checked;
            mine.complete(checked);
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
        } finally {
            inFlight.set(null);
        }
        return mine;
    }

    private Checked probeAll() {
        Instant checkedAt = clock.instant();
        Map<Upstream, ProbeResult> results = new EnumMap<>(Upstream.class);
        round.run().forEach((upstream, outcomes) -> results.put(upstream, resultOf(upstream, outcomes, checkedAt)));
        // EnumMap: upstreams keep their documented order
        return new Checked(Collections.unmodifiableMap(results), clock.instant());
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
}
