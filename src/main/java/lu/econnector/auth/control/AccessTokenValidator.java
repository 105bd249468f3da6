package lu.econnector.auth.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitedJWKSetSource;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.jwk.source.URLBasedJWKSetSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import lu.econnector.auth.entity.Professional;
import lu.econnector.config.entity.EconnectorConfig;

/**
 * Validates a professional's AeS access token locally (RFC 7519, RFC 7515; docs/upstreams.md
 * section 1): the signature with a key of the issuer's JWKS, RS256, PS256 or ES256 only
 * (never {@code none}, never HMAC); then the claims ({@link PsClaimsVerifier}). The keys are
 * cached; a {@code kid} not in the cache triggers a refetch, at most one per
 * {@code AES_JWKS_MIN_REFRESH_SECONDS}, so that a key rotation needs no restart while junk
 * key ids cannot turn into load on AeS. The keys are fetched through {@link AesClient}.
 */
@ApplicationScoped
public class AccessTokenValidator {

    /** Far above any real AeS token (~1.5 KiB): a larger one is refused before it is parsed. */
    public static final int MAX_TOKEN_LENGTH = 16 * 1024;

    @Inject
    EconnectorConfig config;

    @Inject
    AesClient aesClient;

    @Inject
    IssuerDiscovery discovery;

    Clock clock = Clock.systemUTC();
    private volatile DefaultJWTProcessor<SecurityContext> processor;

    public Professional validate(String token) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw InvalidTokenException.invalid("the token is larger than " + MAX_TOKEN_LENGTH / 1024 + " KiB");
        }
        try {
            return professional(processor().process(token, null), token);
        } catch (ParseException e) {
            throw InvalidTokenException.invalid("the token is not a JWT");
        } catch (RateLimitReachedException e) {
            // An unknown kid while a refetch is not yet allowed: the caller's key, not AeS, is the problem.
            throw InvalidTokenException.invalid("no published AeS key matches the token's key id");
        } catch (KeySourceException e) {
            throw AesClient.unavailable("The AeS signing keys cannot be fetched.", e);
        } catch (BadJOSEException e) {
            throw InvalidTokenException.invalid(RefusalReasons.of(e));
        } catch (JOSEException e) {
            throw InvalidTokenException.invalid("the signature cannot be verified");
        }
    }

    private DefaultJWTProcessor<SecurityContext> processor() {
        DefaultJWTProcessor<SecurityContext> ready = processor;
        if (ready == null) {
            // Discovery outside the lock: it bounds its own wait, and a lock held across it
            // would queue every request behind it.
            URI jwksUri = discovery.document().jwksUri();
            synchronized (this) {
                if (processor == null) {
                    processor = build(jwksUri);
                }
                ready = processor;
            }
        }
        return ready;
    }

    private DefaultJWTProcessor<SecurityContext> build(URI jwksUri) {
        EconnectorConfig.Aes aes = config.aes();
        DefaultJWTProcessor<SecurityContext> built = new DefaultJWTProcessor<>();
        try {
            JWKSetSource<SecurityContext> keys = new PausingJwkSetSource<>(new RateLimitedJWKSetSource<>(
                    new URLBasedJWKSetSource<>(jwksUri.toURL(), new AesKeysRetriever(aesClient)), aes.minJwksRefresh().toMillis(), null),
                    new OutageBackoff(clock));
            long oneFetch = config.limits().connectTimeout().plus(config.limits().readTimeout()).toMillis();
            built.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms(aes),
                    JWKSourceBuilder.create(keys)
                            // Requests wait for the fetch in flight no longer than it can take.
                            .cache(JWKSourceBuilder.DEFAULT_CACHE_TIME_TO_LIVE, oneFetch)
                            .rateLimited(false) // inside the pause, above
                            .retrying(false) // a retry doubles the wait behind an AeS that does not answer
                            .build()));
        } catch (MalformedURLException e) {
            throw AesClient.unavailable("The AeS discovery document names no usable JWKS.", e);
        }
        // RFC 8725 section 3.11: the header's typ, when present, must say JWT.
        built.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        built.setJWTClaimsSetVerifier(new PsClaimsVerifier(aes.issuer().toString(), aes.acceptedClientIds(),
                aes.clockSkew()));
        return built;
    }

    private static Set<JWSAlgorithm> algorithms(EconnectorConfig.Aes aes) {
        return aes.acceptedAlgorithms().stream().map(JWSAlgorithm::parse).collect(Collectors.toUnmodifiableSet());
    }

    private static Professional professional(JWTClaimsSet claims, String token) {
        return new Professional(claims.getSubject(), (String) claims.getClaim("preferred_username"),
                (String) claims.getClaim("name"), (String) claims.getClaim("ps_code"),
                (String) claims.getClaim("matricule"), (String) claims.getClaim("azp"), token);
    }
}
