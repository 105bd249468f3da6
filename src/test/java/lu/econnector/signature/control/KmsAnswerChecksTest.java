package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.spi.DSSUtils;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import lu.econnector.sandbox.pki.Certificates;
import lu.econnector.signature.entity.SignatureSettings;
import lu.econnector.upstream.control.UpstreamFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each check on what the KMS answers refuses its bad case, before anything is signed. */
class KmsAnswerChecksTest {

    static LocalKms kms;
    /** A PKI of the same shape that the truststore does not hold: another root. */
    static LocalKms stranger;
    static byte[] feeNote;

    PadesSigner cut = new PadesSigner(kms.anchors(), new SignatureSettings("reason", "location", true),
            Clock.systemUTC(), kms.crls());

    @BeforeAll
    static void sandbox() throws Exception {
        kms = new LocalKms();
        stranger = new LocalKms();
        feeNote = SampleDocuments.feeNote();
    }

    @Test
    void signatureByAnotherKeyIsRejected() {
        RemoteKey wrongKey = kms.remoteKey(kms.chainOf("dr.muller"), kms.ca().professional("dr.weber").privateKey());

        assertThat(rejection(wrongKey, kms.timestamps()))
                .hasMessageContaining("signature value does not verify with the professional's certificate");
    }

    @Test
    void signatureWithAnotherAlgorithmThanAskedIsRejected() {
        RemoteKey key = kms.keyOf("dr.muller");
        RemoteKey pss = new RemoteKey() {
            @Override
            public List<X509Certificate> certificateChain() {
                return key.certificateChain();
            }

            @Override
            public SignatureValue sign(byte[] digest, DigestAlgorithm algorithm, SignatureAlgorithm requested) {
                return new SignatureValue(SignatureAlgorithm.RSA_SSA_PSS_SHA256_MGF1,
                        key.sign(digest, algorithm, requested).getValue());
            }
        };

        assertThat(rejection(pss, kms.timestamps())).hasMessageContaining("where RSA_SHA256 was asked for");
    }

    @Test
    void timestampOfAnotherDigestIsRejected() {
        TimestampAuthority otherImprint = (digest, algorithm, nonce) ->
                kms.timestamps().timestamp(DSSUtils.digest(algorithm, digest), algorithm, nonce);

        assertThat(rejection(kms.keyOf("dr.muller"), otherImprint))
                .hasMessageContaining("message imprint is not the digest sent");
    }

    @Test
    void timestampWithAnotherNonceIsRejected() {
        TimestampAuthority otherNonce = (digest, algorithm, nonce) ->
                kms.timestamps().timestamp(digest, algorithm, nonce.add(BigInteger.ONE));

        assertThat(rejection(kms.keyOf("dr.muller"), otherNonce)).hasMessageContaining("nonce is not the nonce sent");
    }

    @Test
    void timestampWithoutTheNonceIsRejected() {
        TimestampAuthority noNonce = (digest, algorithm, nonce) -> kms.timestamps().timestamp(digest, algorithm, null);

        assertThat(rejection(kms.keyOf("dr.muller"), noNonce)).hasMessageContaining("nonce is not the nonce sent");
    }

    @Test
    void timestampSignedUnderAnotherRootIsRejected() {
        assertThat(rejection(kms.keyOf("dr.muller"), stranger.timestamps()))
                .hasMessageContaining("signer does not chain to the timestamp CA");
    }

    @Test
    void somethingElseThanATimestampTokenIsRejected() {
        TimestampAuthority garbage = (digest, algorithm, nonce) -> new byte[] {0x30, 0x03, 0x02, 0x01, 0x01};

        assertThat(rejection(kms.keyOf("dr.muller"), garbage)).hasMessageContaining("not an RFC 3161 TimeStampToken");
    }

    @Test
    void certificateChainToAnUnknownRootIsRejected() {
        assertThat(rejection(stranger.keyOf("dr.muller"), kms.timestamps()))
                .hasMessageContaining("does not chain to the signing CA and root signing CA");
    }

    @Test
    void certificateClaimingOurCasButIssuedByAnotherIsRejected() {
        List<X509Certificate> forged = List.of(stranger.ca().professional("dr.muller").certificate(),
                kms.ca().signingCa().certificate(), kms.ca().root().certificate());
        RemoteKey key = kms.remoteKey(forged, stranger.ca().professional("dr.muller").privateKey());

        assertThat(rejection(key, kms.timestamps())).hasMessageContaining("does not chain to the signing CA");
    }

    /** A genuine certificate of dr.weber, and his key, for dr.muller: refused before sign-data. */
    @Test
    void certificateOfAnotherProfessionalIsRejectedBeforeTheKmsSigns() {
        CountingKey counted = new CountingKey(kms.keyOf("dr.weber"));

        assertThat(rejection(counted, kms.timestamps()))
                .hasMessageContaining("a certificate for another professional (serialNumber 90812201)")
                .hasMessageContaining("does not name this professional (ps_code 90812100)");
        assertThat(counted.signatures()).as("sign-data calls").isZero();
    }

    @Test
    void certificateOfOurSigningCaThatMayNotSignIsRejected() throws Exception {
        Certificates.Issued notForSigning = Certificates.issue("CN=Dr Anne Muller,SERIALNUMBER=90812100",
                kms.ca().signingCa(), Certificates.Role.CA, null, null);
        RemoteKey key = kms.remoteKey(List.of(notForSigning.certificate(), kms.ca().signingCa().certificate(),
                kms.ca().root().certificate()), notForSigning.privateKey());

        assertThat(rejection(key, kms.timestamps())).hasMessageContaining("key usage does not allow signing");
    }

    @Test
    void noCertificateIsRejected() {
        RemoteKey none = kms.remoteKey(List.of(), kms.ca().professional("dr.muller").privateKey());

        assertThat(rejection(none, kms.timestamps())).hasMessageContaining("gave no certificate");
    }

    @Test
    void rejectionIsABadGatewayNamingTheKms() {
        UpstreamFailure rejected = rejection(stranger.keyOf("dr.muller"), kms.timestamps());

        assertThat(rejected.status()).isEqualTo(502);
        assertThat(rejected.upstream()).isEqualTo("kms");
    }

    private UpstreamFailure rejection(RemoteKey key, TimestampAuthority timestamps) {
        UpstreamFailure rejected = catchThrowableOfType(UpstreamFailure.class,
                () -> cut.sign(feeNote, LocalKms.psCode("dr.muller"), key, timestamps));
        assertThat(rejected).as("the KMS answer was accepted").isNotNull();
        return rejected;
    }
}
