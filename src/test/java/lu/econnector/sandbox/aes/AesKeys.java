package lu.econnector.sandbox.aes;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox AeS's signing keys. The JWKS publishes the current key and the previous one,
 * as Keycloak keeps a rotated key until the tokens it signed have expired; tokens are signed
 * with the current key only. Other simulators (KMS, mySecu) check Bearer tokens here.
 */
public final class AesKeys {

    private final String issuer;
    private final List<RSAKey> published = new ArrayList<>();
    private final AtomicInteger jwksRequests = new AtomicInteger();
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private static final int MAX_REMEMBERED = 10_000;

    /** A token whose signature was verified, and the key that signed it. */
    private record Verified(JWTClaimsSet claims, String keyId) {
    }

    public AesKeys(String issuer) {
        this.issuer = issuer;
        rotate();
    }

    /** A new signing key: the JWKS then holds it and the one before. */
    public synchronized RSAKey rotate() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
            published.add(0, key);
            while (published.size() > 2) {
                published.remove(published.size() - 1);
            }
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized RSAKey current() {
        return published.get(0);
    }

    /** The public JWKS document. */
    public synchronized JWKSet jwks() {
        return new JWKSet(new ArrayList<>(published)).toPublicJWKSet();
    }

    /** The JWKS as served: counted, so that tests can prove how often relying parties fetch it. */
    JWKSet serveJwks() {
        jwksRequests.incrementAndGet();
        return jwks();
    }

    public int jwksRequests() {
        return jwksRequests.get();
    }

    /** An access token as AeS issues it: RS256, header {@code typ: JWT}, the current key's id. */
    public String sign(JWTClaimsSet claims) {
        RSAKey key = current();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The claims of a token this AeS issued and that is still valid (published key, RS256,
     * our issuer, not expired); empty otherwise. What the real KMS and STS do with the PS
     * token they receive.
     */
    public Optional<JWTClaimsSet> verify(String token) {
        Verified known = verified.get(token);
        if (known != null && isPublished(known.keyId()) && known.claims().getExpirationTime().after(new Date())) {
            return Optional.of(known.claims());
        }
        verified.remove(token);
        Optional<Verified> now = verifyNow(token);
        now.ifPresent(valid -> remember(token, valid));
        return now.map(Verified::claims);
    }

    /**
     * A token's signature is checked once: a client sends the same token with every call until it
     * expires (the eConnector makes two KMS calls per signed document), and a real upstream's
     * verification is not the cost the sandbox should add to a benchmark. Expiry and the key's
     * publication are checked at every use.
     */
    private void remember(String token, Verified valid) {
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear(); // tokens live minutes: whatever is dropped is checked again
        }
        verified.put(token, valid);
    }

    private Optional<Verified> verifyNow(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                return Optional.empty();
            }
            RSAKey key = publishedKey(jwt.getHeader().getKeyID());
            if (key == null || !jwt.verify(new RSASSAVerifier(key))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            boolean valid = issuer.equals(claims.getIssuer()) && claims.getExpirationTime() != null
                    && claims.getExpirationTime().after(new Date());
            return valid ? Optional.of(new Verified(claims, key.getKeyID())) : Optional.empty();
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }

    private boolean isPublished(String keyId) {
        return publishedKey(keyId) != null;
    }

    private synchronized RSAKey publishedKey(String keyId) {
        return published.stream().filter(k -> k.getKeyID().equals(keyId)).findFirst().orElse(null);
    }

    public String issuer() {
        return issuer;
    }
}
