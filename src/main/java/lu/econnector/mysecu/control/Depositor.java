package lu.econnector.mysecu.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import lu.econnector.activity.control.Activity;
import lu.econnector.activity.entity.Stage;
import lu.econnector.auth.entity.Professional;
import lu.econnector.mysecu.entity.DepositReceipt;
import lu.econnector.mysecu.entity.DepositRequest;
import lu.econnector.upstream.control.UpstreamFailure;

/**
 * Deposits a signed document on mySecu for a professional: the SAML assertion from the cache
 * (one STS call per professional and assertion lifetime), then {@code syncexchange}. When
 * mySecu no longer accepts a cached assertion (revoked, or clocks apart) it is dropped and the
 * call made once more with a fresh one; the message id makes that repeat safe.
 */
@ApplicationScoped
public class Depositor {

    @Inject
    SamlAssertionCache assertions;

    @Inject
    MySecuClient mySecu;

    @Inject
    Activity activity;

    public DepositReceipt deposit(Professional professional, DepositRequest request) {
        return activity.stage(Stage.DEPOSIT, () -> {
            try {
                return mySecu.exchange(assertions.assertionFor(professional), request);
            } catch (UpstreamFailure failure) {
                if (!MySecuClient.refusedTheAssertion(failure)) {
                    throw failure;
                }
                assertions.forget(professional);
                return mySecu.exchange(assertions.assertionFor(professional), request);
            }
        });
    }
}
