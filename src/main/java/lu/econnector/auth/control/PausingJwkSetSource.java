package lu.econnector.auth.control;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSetSourceWrapper;
import com.nimbusds.jose.jwk.source.JWKSetUnavailableException;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The AeS JWKS fetch, paused for {@link OutageBackoff#PAUSE} after a failure. Nimbus's cache
 * lets one thread fetch while the others wait for it, but when that fetch fails each waiter
 * in turn fetches again with a full timeout; behind this source they fail at once instead.
 * It sits outside the rate limiter, so that a pause spends none of its allowance: a refusal
 * by the limiter means an unknown key id (the caller's fault, 401), never an outage.
 */
final class PausingJwkSetSource<C extends SecurityContext> extends JWKSetSourceWrapper<C> {

    private final OutageBackoff backoff;

    PausingJwkSetSource(JWKSetSource<C> source, OutageBackoff backoff) {
        super(source);
        this.backoff = backoff;
    }

    @Override
    public JWKSet getJWKSet(JWKSetCacheRefreshEvaluator refreshEvaluator, long currentTime, C context)
            throws KeySourceException {
        if (backoff.pausing()) {
            throw new JWKSetUnavailableException("the AeS keys could not be fetched moments ago");
        }
        try {
            JWKSet keys = getSource().getJWKSet(refreshEvaluator, currentTime, context);
            backoff.succeeded();
            return keys;
        } catch (RateLimitReachedException notAnOutage) {
            throw notAnOutage;
        } catch (KeySourceException e) {
            backoff.failed();
            throw e;
        }
    }
}
