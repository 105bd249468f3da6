package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
        assertThat(key.signatures()).isZero();
    }
}
