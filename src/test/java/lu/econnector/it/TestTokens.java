package lu.econnector.it;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.aes.AesKeys;

/** Access tokens good and bad, made with the sandbox AeS's keys or against them. */
final class TestTokens {

    private final AesKeys aes;
    private RSAKey rogue;

    TestTokens(AesKeys aes) {
        this.aes = aes;
    }

    /** The claims the sandbox AeS puts in dr.muller's access token, to spoil one at a time. */
    JWTClaimsSet.Builder muller() {
        return of("dr.muller");
    }

    /** The claims the sandbox AeS puts in a test professional's access token. */
    JWTClaimsSet.Builder of(String username) {
        Professional professional = Professional.byUsername(username).orElseThrow();
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(aes.issuer()).subject(Professional.subjectOf(username))
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("typ", "Bearer").claim("azp", "sandbox-vendor")
                .claim("preferred_username", professional.username()).claim("name", professional.name())
                .claim("ps_code", professional.psCode()).claim("matricule", professional.matricule());
    }

    String signed(JWTClaimsSet.Builder claims) {
        return aes.sign(claims.build());
    }

    String unsigned() {
        return new PlainJWT(muller().build()).serialize();
    }

    /** The classic key confusion: HS256 with the RSA public key's bytes as the HMAC secret. */
    String hmacWithThePublicKey() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(aes.current().getKeyID())
                .type(JOSEObjectType.JWT).build(), muller().build());
        byte[] secret = aes.current().toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    /** Signed by a key AeS never published, under the given key id. */
    String signedByUnknownKey(String keyId) throws Exception {
        RSAKey rogue = rogueKey();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId)
                .type(JOSEObjectType.JWT).build(), muller().build());
        jwt.sign(new RSASSASigner(rogue));
        return jwt.serialize();
    }

    /** One key for all forgeries: generating one per token would slow a burst down past the rate limit's interval. */
    private synchronized RSAKey rogueKey() throws Exception {
        if (rogue == null) {
            rogue = new RSAKeyGenerator(2048).generate();
        }
        return rogue;
    }

    /** A valid token whose payload is swapped for another, the original signature kept. */
    String tamperedPayload() {
        String[] parts = signed(muller()).split("\\.");
        String forged = Base64URL.encode(muller().claim("ps_code", "90812201").build().toString()).toString();
        return parts[0] + "." + forged + "." + parts[2];
    }
}
