package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
        CountingKey key = new CountingKey(kms.keyOf("dr.muller"));

        byte[] signed = signingAt(Instant.now()).sign(feeNote, LocalKms.psCode("dr.muller"), key, kms.timestamps());

        assertThat(signed).hasSizeGreaterThan(feeNote.length);
        assertThat(key.signatures()).isEqualTo(1);
    }

    private static void assertRefusedAt(Instant signingTime) {
        CountingKey key = new CountingKey(kms.keyOf("dr.muller"));

        UpstreamFailure rejected = catchThrowableOfType(UpstreamFailure.class,
                () -> signingAt(signingTime).sign(feeNote, LocalKms.psCode("dr.muller"), key, kms.timestamps()));

        assertThat(rejected).as("a certificate outside its validity signed").isNotNull();
        assertThat(rejected.status()).isEqualTo(502);
        assertThat(rejected.upstream()).isEqualTo("kms");
        assertThat(rejected).hasMessageContaining("does not chain to the signing CA");
        assertThat(key.signatures()).isZero();
    }
}
