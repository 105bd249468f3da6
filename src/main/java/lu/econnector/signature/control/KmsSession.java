package lu.econnector.signature.control;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * The KMS as one professional's key and timestamp authority, for one signature: every call
 * carries that professional's token. An open circuit becomes a 503 with {@code Retry-After}.
 */
public final class KmsSession implements RemoteKey, TimestampAuthority {

    /** The circuit breakers' delay: when a half-open attempt is next allowed. */
    private static final int CIRCUIT_RETRY_SECONDS = 5;

    private final KmsClient client;
    private final String accessToken;

    public KmsSession(KmsClient client, String accessToken) {
        this.client = client;
        this.accessToken = accessToken;
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return guarded("get-certificate", () -> client.certificateChain(accessToken));
    }

    @Override
    public SignatureValue sign(byte[] digest, DigestAlgorithm digestAlgorithm, SignatureAlgorithm requested) {
        KmsSignature answer = guarded("sign-data",
                () -> client.sign(accessToken, digest, kmsName(digestAlgorithm), requested.name()));
        try {
            return new SignatureValue(SignatureAlgorithm.valueOf(answer.algorithm()), answer.value());
        } catch (IllegalArgumentException unknown) {
            throw new KmsAnswerRejectedException("sign-data: an unknown signature algorithm");
        }
    }

    @Override
    public byte[] timestamp(byte[] digest, DigestAlgorithm digestAlgorithm, BigInteger nonce) {
        return guarded("sign-timestamp", () -> client.timestamp(accessToken, digest, kmsName(digestAlgorithm), nonce));
    }

    /** The KMS names digests without the dash DSS's Java names carry: {@code SHA256}. */
    private static String kmsName(DigestAlgorithm algorithm) {
        return algorithm.name();
    }

    private static <T> T guarded(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (CircuitBreakerOpenException open) {
            throw new KmsUnavailableException("The KMS (" + operation + ") failed repeatedly: its circuit is open, "
                    + "calls resume after " + CIRCUIT_RETRY_SECONDS + " s", open).retryAfter(CIRCUIT_RETRY_SECONDS);
        }
    }
}
