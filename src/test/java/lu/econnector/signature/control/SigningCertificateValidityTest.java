package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import lu.econnector.signature.entity.SignatureSettings;
import lu.econnector.upstream.control.UpstreamFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A signing certificate outside its validity period at the signing time signs nothing: the
 * eConnector's own check before the KMS is asked, which DSS's check at signing time
 * ({@link PrecheckedSignerPAdESService} skips it) would otherwise have been the one to make.
 */
class SigningCertificateValidityTest {

    static LocalKms kms;
    static byte[] feeNote;
    static X509Certificate muller;

    @BeforeAll
    static void sandbox() throws Exception {
        kms = new LocalKms();
        feeNote = SampleDocuments.feeNote();
        muller = kms.keyOf("dr.muller").certificateChain().get(0);
    }

    private static PadesSigner signingAt(Instant time) {
        return new PadesSigner(kms.anchors(), new SignatureSettings("r", "l", false), Clock.fixed(time, ZoneOffset.UTC),
                kms.crls());
    }

    @Test
    void anExpiredCertificateSignsNothing() {
        assertRefusedAt(muller.getNotAfter().toInstant().plus(Duration.ofDays(1)));
    }

    @Test
    void aCertificateNotYetValidSignsNothing() {
        assertRefusedAt(muller.getNotBefore().toInstant().minus(Duration.ofDays(1)));
    }

    @Test
    void withinItsValidityItSigns() {
        CountingKey key = new CountingKey();

        byte[] signed = signingAt(Instant.now()).sign(feeNote, LocalKms.psCode("dr.muller"), key, kms.timestamps());

        assertThat(signed).hasSizeGreaterThan(feeNote.length);
        assertThat(key.signatures.get()).isEqualTo(1);
    }

    private static void assertRefusedAt(Instant signingTime) {
        CountingKey key = new CountingKey();

        UpstreamFailure rejected = catchThrowableOfType(UpstreamFailure.class,
                () -> signingAt(signingTime).sign(feeNote, LocalKms.psCode("dr.muller"), key, kms.timestamps()));

        assertThat(rejected).as("a certificate outside its validity signed").isNotNull();
        assertThat(rejected.status()).isEqualTo(502);
        assertThat(rejected.upstream()).isEqualTo("kms");
        assertThat(rejected).hasMessageContaining("does not chain to the signing CA");
        assertThat(key.signatures.get()).isZero();
    }

    /** dr.muller's key at the KMS, counting the sign-data calls. */
    private static final class CountingKey implements RemoteKey {

        private final RemoteKey key = kms.keyOf("dr.muller");
        private final AtomicInteger signatures = new AtomicInteger();

        @Override
        public List<X509Certificate> certificateChain() {
            return key.certificateChain();
        }

        @Override
        public SignatureValue sign(byte[] digest, DigestAlgorithm algorithm, SignatureAlgorithm requested) {
            signatures.incrementAndGet();
            return key.sign(digest, algorithm, requested);
        }
    }
}
