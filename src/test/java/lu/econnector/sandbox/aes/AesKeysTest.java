package lu.econnector.sandbox.aes;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** The simulators' token check: what it remembers of a verified token never outlives the token or its key. */
class AesKeysTest {

    private static final String ISSUER = "https://aes.sandbox.test/realms/sandbox";

    private final AesKeys keys = new AesKeys(ISSUER);

    @Test
    void aTokenVerifiedOnceIsStillValidAtItsNextUse() {
        String token = keys.sign(claims(60_000));

        assertThat(keys.verify(token)).hasValueSatisfying(c -> assertThat(c.getSubject()).isEqualTo("dr.muller"));
        assertThat(keys.verify(token)).hasValueSatisfying(c -> assertThat(c.getSubject()).isEqualTo("dr.muller"));
    }

    @Test
    void aRememberedTokenIsRefusedOnceItsKeyIsNoLongerPublished() {
        String token = keys.sign(claims(60_000));
        assertThat(keys.verify(token)).isPresent();

        keys.rotate();
        assertThat(keys.verify(token)).isPresent(); // the previous key stays published
        keys.rotate();

        assertThat(keys.verify(token)).isEmpty();
    }

    @Test
    void aRememberedTokenIsRefusedOnceExpired() throws InterruptedException {
        String token = keys.sign(claims(1_500));
        assertThat(keys.verify(token)).isPresent();

        Thread.sleep(1_600);

        assertThat(keys.verify(token)).isEmpty();
    }

    @Test
    void aTamperedTokenIsRefusedEvenBesideItsVerifiedOriginal() {
        String token = keys.sign(claims(60_000));
        assertThat(keys.verify(token)).isPresent();
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + keys.sign(claims(120_000)).split("\\.")[1] + "." + parts[2];

        assertThat(keys.verify(tampered)).isEmpty();
    }

    private static JWTClaimsSet claims(long lifetimeMillis) {
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject("dr.muller")
                .expirationTime(new Date(System.currentTimeMillis() + lifetimeMillis)).build();
    }
}
