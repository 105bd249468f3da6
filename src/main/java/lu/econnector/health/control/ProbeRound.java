package lu.econnector.health.control;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import lu.econnector.auth.control.IssuerDiscovery;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.platform.Upstream;
import lu.econnector.upstream.control.UpstreamFailure;

/**
 * One round of reachability checks: every upstream at once, and every URL of each at once,
 * so that a round costs the slowest probe, not their sum. Working out the targets is part of
 * each upstream's task, since AeS's needs its discovery document, which must not hold up
 * the other upstreams' probes, nor hold up AeS's own longer than one probe may take.
 */
final class ProbeRound {

    private final EconnectorConfig config;
    private final ReachabilityProbe probe;
    private final Executor executor;
    private final IssuerDiscovery discovery;

    ProbeRound(EconnectorConfig config, ReachabilityProbe probe, Executor executor, IssuerDiscovery discovery) {
        this.config = config;
        this.probe = probe;
        this.executor = executor;
        this.discovery = discovery;
    }

    /** @return each upstream's outcomes, in the upstreams' documented order */
    Map<Upstream, List<ReachabilityProbe.Outcome>> run() {
        Map<Upstream, CompletableFuture<List<ReachabilityProbe.Outcome>>> running = new EnumMap<>(Upstream.class);
        for (Upstream upstream : Upstream.values()) {
            running.put(upstream, CompletableFuture.supplyAsync(() -> targets(upstream), executor)
                    .thenCompose(this::probeEach));
        }
        Map<Upstream, List<ReachabilityProbe.Outcome>> outcomes = new EnumMap<>(Upstream.class);
        running.forEach((upstream, outcome) -> outcomes.put(upstream, outcome.join()));
        return outcomes;
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

    /**
     * The discovery document and the JWKS it names: both must be fetchable to validate tokens.
     * The document is awaited no longer than a probe: a status poll must not wait out the
     * upstream read timeout behind an AeS that does not answer.
     */
    private List<Target> aesTargets() {
        Target document = new Target(URI.create(config.aes().issuer() + "/.well-known/openid-configuration"), true);
        try {
            return List.of(document, new Target(discovery.document(probeTimeout()).jwksUri(), true));
        } catch (UpstreamFailure unreadable) {
            return List.of(document); // whose probe says why
        }
    }

    private Duration probeTimeout() {
        return config.limits().probeTimeout();
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
