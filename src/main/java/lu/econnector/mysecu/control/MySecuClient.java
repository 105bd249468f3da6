package lu.econnector.mysecu.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import lu.econnector.activity.control.Activity;
import lu.econnector.auth.entity.Professional;
import lu.econnector.mysecu.entity.DepositReceipt;
import lu.econnector.mysecu.entity.DepositRequest;
import lu.econnector.mysecu.entity.SamlAssertion;
import lu.econnector.upstream.control.UpstreamCircuit;
import lu.econnector.upstream.control.UpstreamFailure;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * mySecu, its two services behind one client: the STS ({@link SecurityTokenServiceClient}, which
 * speaks WS-Trust) and {@code syncexchange} ({@link SyncExchangeClient}, which speaks it through
 * Metro). Here each call is timed in the metrics and guarded by its own circuit breaker, which
 * counts mySecu's failures but not its refusals of a professional or of a document; an open
 * circuit is a 503 with {@code Retry-After}. Nothing is retried here: a deposit is an act, and
 * the one repeat that is safe (a fresh assertion after mySecu refused the cached one) is the
 * {@link Depositor}'s decision.
 */
@ApplicationScoped
@CircuitBreaker(requestVolumeThreshold = UpstreamCircuit.REQUEST_VOLUME, failureRatio = UpstreamCircuit.FAILURE_RATIO,
        delay = UpstreamCircuit.DELAY_MILLIS, successThreshold = UpstreamCircuit.SUCCESS_THRESHOLD,
        failOn = UpstreamFailure.class)
public class MySecuClient {

    static final String UPSTREAM = "mysecu";

    @Inject
    SecurityTokenServiceClient sts;

    @Inject
    SyncExchangeClient syncExchange;

    @Inject
    UpstreamCircuit circuit;

    @Inject
    Activity activity;

    /**
     * A new SAML assertion for the professional, on behalf of their AeS access token.
     *
     * @throws MySecuRefusalException when mySecu refuses the professional (403)
     * @throws UpstreamFailure        when the STS fails (502, 503, 504)
     */
    @Fallback(fallbackMethod = "issueWhileOpen", applyOn = CircuitBreakerOpenException.class)
    public SamlAssertion issue(Professional professional) {
        return activity.timed(UPSTREAM, "sts", () -> sts.issue(professional));
    }

    /**
     * Deposits one document under the professional's assertion.
     *
     * @throws MySecuRejectedException mySecu answered {@code REJECTED} (422, its codes)
     * @throws UpstreamFailure         a SOAP fault (502, its code), a bad answer (502), unavailable (503),
     *                                 timeout (504)
     */
    @Fallback(fallbackMethod = "exchangeWhileOpen", applyOn = CircuitBreakerOpenException.class)
    public DepositReceipt exchange(SamlAssertion assertion, DepositRequest request) {
        return activity.timed(UPSTREAM, "syncexchange", () -> syncExchange.exchange(assertion, request));
    }

    /** Whether mySecu refused the assertion itself: a fresh one may succeed where this one failed. */
    public static boolean refusedTheAssertion(UpstreamFailure failure) {
        return SyncExchangeFailures.isInvalidSecurityToken(failure);
    }

    SamlAssertion issueWhileOpen(Professional professional) {
        throw circuit.open(UPSTREAM, "The mySecu STS", null);
    }

    DepositReceipt exchangeWhileOpen(SamlAssertion assertion, DepositRequest request) {
        throw circuit.open(UPSTREAM, "mySecu's syncexchange", null);
    }

    static UpstreamFailure unavailable(String detail, Throwable cause) {
        return UpstreamFailure.unavailable(UPSTREAM, detail, cause);
    }

    static UpstreamFailure badAnswer(String detail, List<String> faultCodes, Throwable cause) {
        return UpstreamFailure.badAnswer(UPSTREAM, detail, cause).withUpstreamCodes(faultCodes);
    }
}
