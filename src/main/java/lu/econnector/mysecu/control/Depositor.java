package lu.econnector.mysecu.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import lu.econnector.activity.control.Activity;
import lu.econnector.activity.entity.Stage;
import lu.econnector.auth.entity.Professional;
import lu.econnector.mysecu.entity.DepositReceipt;
import lu.econnector.mysecu.entity.DepositRequest;
import lu.econnector.mysecu.entity.SamlAssertion;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/**
 * Deposits a signed document on mySecu for a professional: the SAML
 * assertion from the cache (one STS call per professional and assertion lifetime), then
 * {@code syncexchange}. When mySecu no longer accepts a cached assertion (revoked, or clocks
 * apart) it is dropped and the call made once more with a fresh one; the message id makes
 * that repeat safe.
 */
@ApplicationScoped
public class Depositor {

    @Inject
    SamlAssertionCache assertions;

    @Inject
    SyncExchangeClient syncExchange;

    @Inject
    Activity activity;

    /** The circuit counts mySecu's failures, not its refusals of a professional or of a document. */
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5_000, successThreshold = 2,
            failOn = MySecuFailureException.class)
    public DepositReceipt deposit(Professional professional, DepositRequest request) {
        return activity.stage(Stage.DEPOSIT, () -> {
            SamlAssertion assertion = assertions.assertionFor(professional);
            try {
                return exchange(assertion, request);
            } catch (MySecuFailureException failure) {
                if (!failure.isInvalidSecurityToken()) {
                    throw failure;
                }
                assertions.forget(professional);
                return exchange(assertions.assertionFor(professional), request);
            }
        });
    }

    /** One syncexchange call, timed; a REJECTED answer is mySecu working, not failing. */
    private DepositReceipt exchange(SamlAssertion assertion, DepositRequest request) {
        long start = System.nanoTime();
        boolean failed = true;
        try {
            DepositReceipt receipt = syncExchange.exchange(assertion, request);
            failed = false;
            return receipt;
        } catch (MySecuRejectedException rejected) {
            failed = false;
            throw rejected;
        } finally {
            activity.upstreamCall("mysecu", "syncexchange", System.nanoTime() - start, failed);
        }
    }
}
