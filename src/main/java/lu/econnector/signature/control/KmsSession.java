package lu.econnector.signature.control;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The KMS as one professional's key and timestamp authority, for one signature: every call
 * carries that professional's token.
 */
public final class KmsSession implements RemoteKey, TimestampAuthority {

    private final KmsClient client;
    private final String accessToken;

    public KmsSession(KmsClient client, String accessToken) {
        this.client = client;
        this.accessToken = accessToken;
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return client.certificateChain(accessToken);
    }

    @Override
    public SignatureValue sign(byte[] digest, DigestAlgorithm digestAlgorithm, SignatureAlgorithm requested) {
        KmsSignature answer = client.sign(accessToken, digest, kmsName(digestAlgorithm), requested.name());
        try {
            return new SignatureValue(SignatureAlgorithm.valueOf(answer.algorithm()), answer.value());
        } catch (IllegalArgumentException unknown) {
            throw KmsAnswerRejection.of("sign-data: an unknown signature algorithm");
        }
    }

    @Override
    public byte[] timestamp(byte[] digest, DigestAlgorithm digestAlgorithm, BigInteger nonce) {
        return client.timestamp(accessToken, digest, kmsName(digestAlgorithm), nonce);
    }

    /** The KMS names digests without the dash DSS's Java names carry: {@code SHA256}. */
    private static String kmsName(DigestAlgorithm algorithm) {
        return algorithm.name();
    }
}
