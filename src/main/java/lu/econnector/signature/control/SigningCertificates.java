package lu.econnector.signature.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import lu.econnector.auth.entity.Professional;

/**
 * Each professional's signing certificate chain from get-certificate, checked
 * ({@link CertificateChainCheck}: the truststore's CAs, the token's professional) and kept for
 * {@link #FRESHNESS}: one KMS round trip less per signature. Only a chain that passed the check
 * is kept. Still, every signature checks the chain again before it is embedded (it may have
 * expired since); a certificate renewed at the KMS shows as a rejected answer, after which the
 * caller forgets the chain and the next signature fetches it again.
 *
 * <p>Kept per token subject and ps_code together: two AeS accounts that carry the same ps_code
 * do not share a chain, nor does one account whose ps_code changed.
 */
@ApplicationScoped
public class SigningCertificates {

    static final Duration FRESHNESS = Duration.ofSeconds(60);

    /** Whose chain: the token's {@code sub} and {@code ps_code}. */
    record Holder(String subject, String psCode) {

        static Holder of(Professional professional) {
            return new Holder(professional.subject(), professional.psCode());
        }
    }

    private record Fetched(List<X509Certificate> chain, Instant at) {
    }

    private final Map<Holder, Fetched> chains = new ConcurrentHashMap<>();
    private final Clock clock;

    @Inject
    KmsClient kms;

    @Inject
    KmsTrust trust;

    private CertificateChainCheck chainCheck;

    public SigningCertificates() {
        this(Clock.systemUTC());
    }

    SigningCertificates(Clock clock) {
        this.clock = clock;
    }

    @PostConstruct
    void createCheck() {
        chainCheck = new CertificateChainCheck(trust.anchors(), clock);
    }

    /**
     * get-certificate now, for this professional, checked.
     *
     * @throws lu.econnector.upstream.control.UpstreamFailure when the chain is not the truststore's or names someone else
     */
    public List<X509Certificate> checkedChain(Professional professional) {
        return chainCheck.check(new KmsSession(kms, professional.accessToken()).certificateChain(),
                professional.psCode());
    }

    /** The kept chain if fresh, else {@link #checkedChain}, kept once it passed. */
    public List<X509Certificate> keptChain(Professional professional) {
        return chainOf(Holder.of(professional), () -> checkedChain(professional));
    }

    public void forget(Professional professional) {
        chains.remove(Holder.of(professional));
    }

    /** @param checkedFromKms the chain, checked; what it throws leaves nothing kept */
    List<X509Certificate> chainOf(Holder holder, Supplier<List<X509Certificate>> checkedFromKms) {
        Instant now = clock.instant();
        Fetched kept = chains.get(holder);
        if (kept != null && isFresh(kept, now)) {
            return kept.chain();
        }
        List<X509Certificate> chain = List.copyOf(checkedFromKms.get());
        // Subjects come and go: what is stale is dropped rather than kept for ever.
        chains.values().removeIf(other -> !isFresh(other, now));
        chains.put(holder, new Fetched(chain, now));
        return chain;
    }

    int size() {
        return chains.size();
    }

    private static boolean isFresh(Fetched fetched, Instant now) {
        return now.isBefore(fetched.at().plus(FRESHNESS));
    }
}
