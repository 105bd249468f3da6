package lu.econnector.mysecu.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import lu.econnector.auth.entity.Professional;
import lu.econnector.mysecu.entity.SamlAssertion;

/**
 * One SAML assertion per professional (keyed by the token's subject and ps_code together, so
 * that a token naming someone's ps_code under another subject never gets their assertion),
 * reused for every deposit until
 * shortly before its {@code NotOnOrAfter}, so that a deposit never carries an assertion that
 * expires on the way. Concurrent requests for one professional share one STS call: the
 * first one makes it, the others wait for its outcome. A failure is handed to those waiting
 * and then forgotten, never kept: the next request asks the STS again.
 */
@ApplicationScoped
public class SamlAssertionCache {

    /**
     * An assertion is not handed out when it expires within this margin: it covers the clock
     * skew between us and mySecu and the time the deposit itself takes to reach mySecu.
     */
    public static final Duration MARGIN = Duration.ofSeconds(60);

    private final ConcurrentMap<Holder, CompletableFuture<SamlAssertion>> assertions = new ConcurrentHashMap<>();
    private Function<Professional, SamlAssertion> sts;
    private Clock clock;
    private Duration margin;

    /** For CDI's proxy. */
    protected SamlAssertionCache() {
    }

    @Inject
    public SamlAssertionCache(MySecuClient mySecu) {
        this(mySecu::issue, Clock.systemUTC(), MARGIN);
    }

    /** @param sts asks the STS for a new assertion on the professional */
    public SamlAssertionCache(Function<Professional, SamlAssertion> sts, Clock clock, Duration margin) {
        this.sts = sts;
        this.clock = clock;
        this.margin = margin;
    }

    /**
     * A usable assertion on the professional: the cached one, or a new one from the STS.
     *
     * @throws MySecuRefusalException when mySecu refuses the professional (403)
     * @throws lu.econnector.upstream.control.UpstreamFailure when the STS fails (502, 503, 504)
     */
    public SamlAssertion assertionFor(Professional professional) {
        CompletableFuture<SamlAssertion> mine = new CompletableFuture<>();
        CompletableFuture<SamlAssertion> current = assertions.compute(Holder.of(professional),
                (holder, cached) -> cached != null && (!cached.isDone() || usable(cached)) ? cached : mine);
        if (current == mine) {
            return issue(professional, mine);
        }
        try {
            return current.join();
        } catch (CompletionException e) {
            // The issuing thread's own exception, as it got it.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause();
        }
    }

    /** Drops the professional's assertion, e.g. when syncexchange answers wsse:InvalidSecurityToken. */
    public void forget(Professional professional) {
        assertions.remove(Holder.of(professional));
    }

    /** This thread asks the STS; the others asking meanwhile wait on {@code pending}. */
    private SamlAssertion issue(Professional professional, CompletableFuture<SamlAssertion> pending) {
        try {
            SamlAssertion assertion = sts.apply(professional);
            pending.complete(assertion);
            return assertion;
        } catch (RuntimeException | Error e) {
            // Removed before completing: whoever comes after the failure starts a new call.
            assertions.remove(Holder.of(professional), pending);
            pending.completeExceptionally(e);
            throw e;
        }
    }

    private boolean usable(CompletableFuture<SamlAssertion> done) {
        return !done.isCompletedExceptionally() && done.join().usableAt(clock.instant(), margin);
    }

    /** Whose assertion: the token's subject and the ps_code it names, never one without the other. */
    private record Holder(String subject, String psCode) {

        static Holder of(Professional professional) {
            return new Holder(professional.subject(), professional.psCode());
        }
    }
}
