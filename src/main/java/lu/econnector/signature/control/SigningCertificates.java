package lu.econnector.signature.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Each professional's certificate chain as get-certificate last gave it, for {@link #FRESHNESS}:
 * one KMS round trip less per signature. Safe to reuse, because every signature is still
 * checked against the chain before it is embedded; a renewed certificate at the KMS shows as
 * a rejected answer, after which the caller forgets the chain and the next signature fetches
 * it again.
 */
@ApplicationScoped
public class SigningCertificates {

    static final Duration FRESHNESS = Duration.ofSeconds(60);

    private record Fetched(List<X509Certificate> chain, Instant at) {
    }

    private final Map<String, Fetched> chains = new ConcurrentHashMap<>();
    private final Clock clock;

    public SigningCertificates() {
        this(Clock.systemUTC());
    }

    SigningCertificates(Clock clock) {
        this.clock = clock;
    }

    /** @param fromKms get-certificate for this professional, called when no fresh chain is kept */
    public List<X509Certificate> chainOf(String psCode, Supplier<List<X509Certificate>> fromKms) {
        Instant now = clock.instant();
        Fetched kept = chains.get(psCode);
        if (kept != null && now.isBefore(kept.at().plus(FRESHNESS))) {
            return kept.chain();
        }
        List<X509Certificate> chain = List.copyOf(fromKms.get());
        chains.put(psCode, new Fetched(chain, now));
        return chain;
    }

    public void forget(String psCode) {
        chains.remove(psCode);
    }
}
