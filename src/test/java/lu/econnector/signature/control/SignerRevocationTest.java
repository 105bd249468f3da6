package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import lu.econnector.config.entity.PadesLevel;
import lu.econnector.signature.entity.SignatureSettings;
import lu.econnector.upstream.control.UpstreamFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A certificate that the sandbox signing CA revoked, and lists in its CRL, signs nothing. */
class SignerRevocationTest {

    static LocalKms kms;
    static byte[] feeNote;

    @BeforeAll
    static void sandbox() throws Exception {
        kms = new LocalKms();
        feeNote = SampleDocuments.feeNote();
    }

    @ParameterizedTest
    @EnumSource(PadesLevel.class)
    void aRevokedSignerIsABadGatewayNamingTheKmsCertificateAndTheKmsSignsNothing(PadesLevel level) {
        CountingKey key = new CountingKey(kms.keyOf("dr.revoked"));
        PadesSigner cut = kms.signer(new SignatureSettings("r", "l", false, level));

        UpstreamFailure rejected = catchThrowableOfType(UpstreamFailure.class,
                () -> cut.sign(feeNote, LocalKms.psCode("dr.revoked"), key, kms.timestamps()));

        assertThat(rejected).as("the revoked certificate signed").isNotNull();
        assertThat(rejected.status()).isEqualTo(502);
        assertThat(rejected.upstream()).isEqualTo("kms");
        assertThat(rejected).hasMessageContaining("signing certificate from get-certificate (serial "
                + kms.ca().professional("dr.revoked").certificate().getSerialNumber().toString(16))
                .hasMessageContaining("was revoked by its CA");
        assertThat(key.signatures.get()).isZero();
    }

    /** The KMS's key, counting the sign-data calls. */
    private static final class CountingKey implements RemoteKey {

        private final RemoteKey key;
        private final AtomicInteger signatures = new AtomicInteger();

        CountingKey(RemoteKey key) {
            this.key = key;
        }

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
